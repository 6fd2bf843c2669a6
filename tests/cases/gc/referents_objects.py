# get_referents of instances, functions, bound methods, cells and classes.
import gc
class A:
    def m(self): pass
a = A()
a.x = [1]
r = gc.get_referents(a)
print([type(x).__name__ for x in r])
print(any(x is A for x in r))
a.__dict__
r = gc.get_referents(a)
print(sorted(type(x).__name__ for x in r))
bm = a.m
r = gc.get_referents(bm)
print(len(r), any(x is a for x in r), any(x is A.m for x in r))
def outer():
    v = [5]
    def inner():
        return v
    return inner
f = outer()
cell = f.__closure__[0]
print(gc.get_referents(cell))
print(any(x is f.__globals__ for x in gc.get_referents(f)), any(x is f.__closure__ for x in gc.get_referents(f)))
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 'P'
print(sorted(map(repr, gc.get_referents(s))))
