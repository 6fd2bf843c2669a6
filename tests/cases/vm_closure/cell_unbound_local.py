def f():
    def g():
        return x
    print(x)
    x = 1
f()
