# Callbacks get 'start' and 'stop' with generation, collected and uncollectable.
import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info), info['generation'], info['collected'], info['uncollectable']))
gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
n = gc.collect()
gc.collect(0)
gc.collect(1)
gc.callbacks.remove(cb)
print(n)
for entry in log:
    print(entry)
