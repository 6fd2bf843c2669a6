# weakref.finalize on an object in a cycle runs during the collection, once.
import gc, weakref
class A: pass
log = []
gc.collect()
a = A()
a.me = a
f = weakref.finalize(a, log.append, 'finalized')
print(f.alive)
del a
print(gc.collect(), log, f.alive)
print(f(), log)
b = A()
b.me = b
f2 = weakref.finalize(b, log.append, 'detached')
print(f2.detach()[2:])
del b
gc.collect()
print(log)
