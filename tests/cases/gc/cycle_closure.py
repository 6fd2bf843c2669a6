# A nested function referring to itself through its cell: function + cell (+ closure tuple).
import gc
gc.collect()
def outer():
    def inner():
        return inner
    return inner
f = outer()
print(f() is f)
del f
print(gc.collect())
def outer2():
    x = []
    def inner():
        return x, inner
    x.append(inner)
    return inner
g = outer2()
del g
print(gc.collect())
