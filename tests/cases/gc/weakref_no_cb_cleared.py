# Weak references (without callbacks) and weak proxies to cyclic garbage are cleared.
import gc, weakref
class A: pass
gc.collect()
a = A()
a.me = a
r = weakref.ref(a)
p = weakref.proxy(a)
del a
print(r() is None)
print(gc.collect())
print(r() is None)
try:
    p.me
except ReferenceError as e:
    print('ReferenceError', e)
