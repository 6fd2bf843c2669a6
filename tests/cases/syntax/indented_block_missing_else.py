if a:
    pass
else:
print("no")
