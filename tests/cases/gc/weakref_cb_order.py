# Several weakrefs with callbacks to the same garbage object; all run, newest first.
import gc, weakref
class A: pass
log = []
gc.collect()
a = A()
a.me = a
refs = [weakref.ref(a, lambda r, i=i: log.append(i)) for i in range(4)]
del a
print(gc.collect(), log)
