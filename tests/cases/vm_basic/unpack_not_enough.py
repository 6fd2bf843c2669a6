def f(a):
    x, y, z = a
    return x
print(f((1, 2, 3)))
f(range(2))
