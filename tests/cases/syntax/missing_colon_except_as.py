try:
    risky()
except ValueError as err
    print(err)
