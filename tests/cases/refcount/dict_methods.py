# Refcounts around dict.get/setdefault/pop/popitem/update and the values they return.
import sys
rc = sys.getrefcount
o = object()
dflt = object()
d = {'a': o}
print(rc(d.get('a')), rc(o))
print(rc(d.get('zz', dflt)), rc(dflt))
r = d.setdefault('b', dflt)
print(r is dflt, rc(dflt))
r2 = d.setdefault('b', o)
print(r2 is dflt, rc(o), rc(dflt))
del r, r2
p = d.pop('b')
print(rc(dflt))
del p
print(rc(dflt))
q = d.pop('nope', dflt)
print(rc(dflt))
del q
k, v = d.popitem()
print(rc(o))
del k, v
print(rc(o))
d.update([('x', o)])
print(rc(o))
d2 = {**d}
print(rc(o))
d3 = d | {'y': o}
print(rc(o))
d |= {'z': o}
print(rc(o))
vals = list(d.values())
print(rc(o))
