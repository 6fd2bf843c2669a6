# Refcounts of property objects, their getter functions and values they return.
import sys
rc = sys.getrefcount
o = object()
class P:
    def __init__(self):
        self._v = o
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val
p = P()
print(rc(o))
print(rc(p.v), rc(o))
x = p.v
print(rc(o))
del x
p.v = None
print(rc(o))
p.v = o
print(rc(o))
prop = P.__dict__['v']
print(rc(prop), rc(prop.fget), rc(prop.fset))
def getter(self):
    return 1
pr = property(getter)
print(rc(getter))
pr2 = pr.setter(getter)
print(rc(getter), rc(pr), rc(pr2))
del pr, pr2
print(rc(getter))
class D:
    def __get__(self, inst, owner):
        return rc(inst)
    def __set__(self, inst, val):
        inst.__dict__['d'] = val
class E:
    d = D()
e = E()
print(rc(e), e.d)
e.d = o
print(rc(o))
