# A weakref that is itself part of the cyclic garbage: cleared without its callback running.
import gc, weakref
class A: pass
log = []
gc.collect()
a = A()
a.me = a
a.wr = weakref.ref(a, lambda ref: log.append('called'))
del a
print(gc.collect())
print(log)
b = A(); c = A()
b.c = c; c.b = b
b.wr = weakref.ref(c, lambda ref: log.append('called2'))
del b, c
print(gc.collect())
print(log)
