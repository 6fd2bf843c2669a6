# gc.get_count() called from inside the callbacks of an explicit collection.
import gc
log = []
def cb(phase, info):
    log.append((phase, info['generation'], gc.get_count()))
gc.collect()
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.callbacks.remove(cb)
for e in log:
    print(e)
