def f():
    x = 10
    def g():
        return x
    print(g())
    del x
    try_it = g
    return try_it
g = f()
print(g())
