# Refcounts of class attributes, through the class, an instance and a subclass.
import sys
rc = sys.getrefcount
o = object()
class C:
    attr = o
print(rc(o))
print(rc(C.attr))
c = C()
print(rc(c.attr))
C.other = o
print(rc(o))
del C.other
print(rc(o))
class D(C):
    pass
print(rc(D.attr), rc(o))
D.attr = o
print(rc(o))
del D.attr
print(rc(o))
setattr(C, 'x', o)
print(rc(o))
delattr(C, 'x')
print(rc(o))
class E:
    a = b = o
    lst = [o]
print(rc(o))
del E
print(rc(o))
