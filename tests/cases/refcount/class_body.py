# Refcounts seen inside a class body (its namespace dict), of __class__ cells and the finished class namespace.
import sys
rc = sys.getrefcount
o = object()
class C:
    x = o
    print(rc(o))
    y = o
    print(rc(o))
    ns = locals()
    print(rc(ns), 'x' in ns)
    del ns
    def m(self):
        return __class__
print(rc(o))
c = C()
print(c.m() is C, rc(C.m.__closure__[0]))
class D:
    lst = [o]
    print(rc(lst))
    z = lst
    print(rc(lst))
print(rc(o))
