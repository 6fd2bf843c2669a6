# Refcounts seen inside functions for positional arguments, at module level and nested calls.
import sys
rc = sys.getrefcount
o = object()
def one(a):
    return rc(a)
def two(a, b):
    return rc(a), rc(b)
def rebind(a):
    b = a
    return rc(a)
def passthru(a):
    return one(a)
print(rc(o), one(o), two(o, o), rebind(o), passthru(o))
print(one(object()), two(object(), o))
def pos_only(a, /, b):
    return rc(a), rc(b)
print(pos_only(o, o))
def delarg(a):
    del a
    return rc(o)
print(delarg(o))
def modify(a):
    a = None
    return rc(o)
print(modify(o))
lst = [o]
print(one(lst[0]), one(lst))
print(one(o) - rc(o))
class C:
    def m(self, a):
        return rc(self), rc(a)
c = C()
print(rc(c), c.m(o), C.m(c, o))
