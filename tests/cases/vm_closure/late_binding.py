def f():
    x = 1
    def g():
        return x
    x = 2
    r = g()
    x = 3
    return r, g()
print(f())
