# Refcounts of dict keys and values: set, overwrite, delete, get, setdefault, pop, popitem, update, copy.
import sys
rc = sys.getrefcount
class K:
    pass
k = K()
v = object()
w = object()
d = {}
d[k] = v
print(rc(k), rc(v))
d[k] = w
print(rc(k), rc(v), rc(w))
print(rc(d.get(k)), rc(w))
d.setdefault(k, v)
print(rc(v), rc(w))
k2 = K()
d.setdefault(k2, v)
print(rc(k2), rc(v))
x = d.pop(k2)
print(rc(k2), rc(v))
del x
print(rc(v))
item = d.popitem()
print(rc(k), rc(w), rc(item))
del item
print(rc(k), rc(w))
d.update({k: v})
print(rc(k), rc(v))
d.update(a=v)
print(rc(v))
c = d.copy()
print(rc(k), rc(v))
del c
d2 = dict(d)
print(rc(k), rc(v))
del d2
del d[k]
print(rc(k), rc(v))
d.clear()
print(rc(v))
fk = dict.fromkeys([k, k2], v)
print(rc(k), rc(k2), rc(v))
ks = list(fk.keys())
print(rc(k))
vs = list(fk.values())
print(rc(v))
its = list(fk.items())
print(rc(k), rc(v))
del ks, vs, its, fk
print(rc(k), rc(v))
