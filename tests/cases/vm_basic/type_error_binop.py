def f(a, b):
    return a - b

print(1 + 2)
f(1, "x")
