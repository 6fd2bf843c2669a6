# A module object referring to itself through its namespace.
import gc, types, weakref
gc.collect()
m = types.ModuleType('m')
m.me = m
r = weakref.ref(m)
del m
print(r() is not None)
n = gc.collect()
print(n >= 2, r() is None)
