# A callback cannot reach the dead object: the weakref is cleared before callbacks run.
import gc, weakref
class A: pass
log = []
gc.collect()
a = A()
a.me = a
a.data = [1, 2, 3]
def cb(ref):
    log.append(ref())
r = weakref.ref(a, cb)
del a
print(gc.collect(), log)
