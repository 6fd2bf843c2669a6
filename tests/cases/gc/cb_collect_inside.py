# Calling gc.collect() from a callback is ignored while a collection runs (returns 0).
import gc
res = []
def cb(phase, info):
    if phase == 'start':
        res.append(gc.collect())
l = []
l.append(l)
del l
gc.callbacks.append(cb)
print(gc.collect())
gc.callbacks.remove(cb)
print(res)
