if a:
    pass
elif b:
print("b")
