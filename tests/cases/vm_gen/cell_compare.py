def pair(a, b):
    def f():
        return a, b
    return f.__closure__
x, y = pair(1, 2)
print(x == y, x < y, x != y, x <= y, x > y)
u, v = pair(3, 3)
print(u == v)
try:
    hash(x)
except TypeError as e:
    print(e)
