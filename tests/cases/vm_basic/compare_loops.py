print(1 < 2, 2 <= 2, 3 == 3.0, 3 != 4, 5 > 6, 7 >= 7)
print("abc" < "abd", "b" > "abc", "x" == "x", (1, 2) < (1, 3), (1, 2) == (1, 2))
print(10 ** 0 if True else 0, 1.5 < 2, 2 ** 70 if False else 1)
n = 0
for i in range(3, 30, 4):
    n = n + i
print(n, range(10), range(1, 10, 2))
k = 100
while k:
    k = k - 7
    if k < 0:
        break
print(k, None == None, True == 1)
for j in range(-5, -20, -5):
    print(j, end=" ")
print()
