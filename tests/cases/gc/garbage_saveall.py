# DEBUG_SAVEALL: unreachable objects are appended to gc.garbage instead of being freed.
import gc
class A: pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
a = A(); a.me = a
del a
print(gc.collect())
print(len(gc.garbage), sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
