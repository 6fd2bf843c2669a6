for x in range(3):
    pass
else x:
    pass
