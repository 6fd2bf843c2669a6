name = "bob
print(name)
