a = 5
b = 0
print(a // 1)
print(a % b)
