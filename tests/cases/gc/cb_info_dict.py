# The info dict passed to callbacks, and callbacks during a collection of uncollectables-free garbage.
import gc
infos = []
def cb(phase, info):
    infos.append((phase, dict(info), type(info).__name__))
class A:
    pass
gc.collect()
for i in range(7):
    x = A()
    y = A()
    x.y = y
    y.x = x
del x, y
gc.callbacks.append(cb)
gc.collect(2)
gc.callbacks.pop()
for phase, info, t in infos:
    print(phase, t, sorted(info.items()))
