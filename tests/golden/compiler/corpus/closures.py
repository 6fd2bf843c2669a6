def outer(a, b, *args, **kwargs):
    c = 1
    def mid(d):
        e = a + d
        def inner():
            nonlocal e
            e += c + d
            return a, b, args, kwargs, e
        return inner
    class Cls:
        def meth(self):
            return c
        c = 2
    return mid, Cls

def shadow(x):
    def f():
        return x
    x = 2
    return f

def cell_deleted():
    v = 1
    def g():
        return v
    del v
    return g

x = 1
def uses_global():
    def inner():
        return x
    return inner

class Klass:
    y = 1
    def a(self):
        return y
    z = [y for _ in range(2)]
