# gc.get_count() inside callbacks of automatic collections.
import gc
log = []
def cb(phase, info):
    c = gc.get_count()
    log.append((phase, info['generation'], c[1], c[2]))
gc.collect()
gc.set_threshold(40, 4, 100)
gc.callbacks.append(cb)
keep = []
for i in range(400):
    keep.append({i: []})
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
for e in log:
    print(e)
