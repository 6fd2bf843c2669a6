def h():
    def g():
        return y
    print(g())
    y = 2
h()
