# WeakValueDictionary entries for cyclic garbage disappear after collection.
import gc, weakref
class A: pass
gc.collect()
d = weakref.WeakValueDictionary()
keep = []
for i in range(5):
    a = A()
    a.me = a
    d[i] = a
    if i % 2 == 0:
        keep.append(a)
del a
gc.collect()
print(sorted(d.keys()))
del keep
gc.collect()
print(sorted(d.keys()))
