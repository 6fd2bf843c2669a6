# A reachable weakref with a callback to cyclic garbage: cleared and its callback runs.
import gc, weakref
class A: pass
log = []
gc.collect()
a = A()
a.me = a
r = weakref.ref(a, lambda ref: log.append(('cb', ref is r, ref())))
del a
print(r() is not None, log)
print(gc.collect())
print(r(), log)
