def g(n):
    for i in range(n):
        yield i
a, b, c = g(3)
print(a, b, c)
x, y = g(3)
