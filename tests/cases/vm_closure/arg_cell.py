def f(a, b=2, *args, c, **kw):
    def g():
        return a, b, args, c, kw
    return g
print(f(1, c=3)())
print(f(1, 5, 6, 7, c=8, d=9)())
