# A threshold of 0 turns automatic collection off while gc stays "enabled".
import gc
calls = []
def cb(phase, info):
    calls.append((phase, info['generation']))
gc.collect()
gc.set_threshold(0)
gc.callbacks.append(cb)
keep = []
for i in range(5000):
    keep.append([i])
gc.callbacks.remove(cb)
print(gc.isenabled(), len(calls))
print(gc.get_count()[0] >= 5000)
gc.set_threshold(700, 10, 10)
