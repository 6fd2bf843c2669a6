# Refcounts of objects held by tuples and of tuples themselves: packing, slicing, concatenation.
import sys
rc = sys.getrefcount
o = object()
t = (o, o)
print(rc(o), rc(t))
u = t + (o,)
print(rc(o), rc(u))
v = t[:]
print(rc(t), v is t)
w = t[0:1]
print(rc(o))
x = tuple(t)
print(x is t, rc(t))
y = tuple([o, o, o])
print(rc(o))
z = t * 1
print(z is t, rc(t))
e = ()
print(rc(e))
del u, w, y
print(rc(o))
def f():
    tt = (o, [o])
    return rc(o), rc(tt)
print(f())
a, b = t
print(rc(o))
n = (1, 2, 3)
print(rc(n))
m = (1, 2, [3])
print(rc(m))
print(rc(tuple()), rc(t[0:0]))
