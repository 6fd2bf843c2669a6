# Automatic gen-0 collections seen through callbacks while a loop makes cycles.
import gc
log = []
def cb(phase, info):
    if phase == 'stop':
        log.append((info['generation'], info['collected'], info['uncollectable']))
class A: pass
gc.collect()
gc.set_threshold(50, 1000, 1000)
gc.callbacks.append(cb)
for i in range(500):
    a = A()
    a.me = a
del a
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(log))
print(log)
print(sum(c for g, c, u in log))
