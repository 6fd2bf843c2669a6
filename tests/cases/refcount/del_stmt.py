# Refcounts after del of names, items, slices and attributes, at module level and in functions.
import sys
rc = sys.getrefcount
o = object()
a = o
b = o
print(rc(o))
del a
print(rc(o))
lst = [o, o, o]
del lst[0]
print(rc(o))
del lst[:]
print(rc(o))
d = {'x': o, 'y': o}
del d['x']
print(rc(o))
class C:
    pass
c = C()
c.p = o
print(rc(o))
del c.p
print(rc(o))
def f():
    x = o
    y = [o]
    print(rc(o))
    del x
    print(rc(o))
    del y[0]
    print(rc(o))
f()
del b
print(rc(o))
g = {'k': o}
exec('del k', g)
print(rc(o))
