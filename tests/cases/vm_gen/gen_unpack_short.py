def g(n):
    for i in range(n):
        yield i
x, y, z = g(2)
