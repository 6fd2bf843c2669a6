# A small gen-0 threshold triggers collections after about that many allocations.
import gc
calls = []
def cb(phase, info):
    if phase == 'start':
        calls.append(info['generation'])
gc.collect()
gc.set_threshold(10, 1000, 1000)
gc.callbacks.append(cb)
keep = []
for i in range(100):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(len(calls), sorted(set(calls)))
