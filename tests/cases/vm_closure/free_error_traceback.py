def a():
    def b():
        def c():
            return z + 1
        return c()
    r = b()
    z = 1
    return r
a()
