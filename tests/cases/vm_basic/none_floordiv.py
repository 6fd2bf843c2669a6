a = 3
b = None
print(a // 2)
print(a // b)
