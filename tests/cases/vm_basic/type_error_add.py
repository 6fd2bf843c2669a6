x = "a" + "b"
print(x)
y = x + 1
