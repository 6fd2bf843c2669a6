a = 9007199254740991
print(a + 1, a + 2, a * a, -a - 10, a - a)
b = 1
for i in range(70):
    b = b * 3
print(b, b - b * 2, b + -b)
print(1073741823 + 1, 4611686018427387904 * 2 - 1)
print(len("héllo"), len(()), len((1, 2, 3)))
