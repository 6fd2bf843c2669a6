# Refcounts of builtin function and method objects, bound builtin methods and their __self__.
import sys
rc = sys.getrefcount
lst = [1, 2]
ap = lst.append
print(rc(lst), rc(ap))
ap2 = lst.append
print(ap is ap2, rc(lst))
del ap, ap2
print(rc(lst))
d = {}
g = d.get
print(rc(d), g.__self__ is d)
del g
print(rc(d))
print(rc(sys.getrefcount) > 1)
m = sys.intern
print(m is sys.intern, rc(m) - rc(sys.intern))
s = 'abc def'
up = s.upper
print(rc(s))
del up
print(rc(s))
meth = list.append
print(rc(meth), type(meth).__name__)
wd = object.__init__
print(type(wd).__name__, rc(wd))
i = (5).__add__
print(type(i).__name__, rc(i))
