big = 2 ** 1100
f = 1.5
print(f * 2)
print(big * f)
