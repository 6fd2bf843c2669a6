# Object with both __del__ and a weakref callback in a cycle: callback first, then __del__.
import gc, weakref
log = []
class A:
    def __del__(self):
        log.append('del')
gc.collect()
a = A()
a.me = a
r = weakref.ref(a, lambda ref: log.append('callback'))
del a
print(gc.collect(), log)
