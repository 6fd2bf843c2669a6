# Refcounts of objects stored as instance attributes (inline values / __dict__) and the instance dict.
import sys
rc = sys.getrefcount
class C:
    def __init__(self, v):
        self.v = v
o = object()
c = C(o)
print(rc(o), rc(c))
c.w = o
print(rc(o))
del c.w
print(rc(o))
d = c.__dict__
print(rc(d), rc(o))
c2 = C(o)
print(rc(o))
del c2
print(rc(o))
setattr(c, 'z', o)
print(rc(o), getattr(c, 'z') is o)
delattr(c, 'z')
print(rc(o))
c.__dict__['q'] = o
print(rc(o))
c.__dict__ = {}
print(rc(o), rc(d))
del d
print(rc(o))
class E:
    pass
e = E()
e.a = e.b = e.c = o
print(rc(o))
vars(e).clear()
print(rc(o))
print(rc(e), rc(vars(e)))
