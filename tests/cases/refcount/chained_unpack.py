# Refcounts after chained assignment, tuple/list unpacking, starred unpacking and walrus.
import sys
rc = sys.getrefcount
o = object()
a = b = c = o
print(rc(o))
del a, b, c
x, y = o, o
print(rc(o))
[p, q] = [o, o]
print(rc(o))
first, *rest = [o, o, o]
print(rc(o), rc(rest))
del x, y, p, q, first, rest
print(rc(o))
if (w := o) is not None:
    print(rc(o))
del w
def f():
    if (v := o):
        return rc(o)
print(f())
print([rc(o) for _ in range(1) if (z := o)])
print(rc(o), z is o)
(i, j), k = (o, o), o
print(rc(o))
