# Generation 2 is collected automatically only when the objects that survived generation 1
# collections since the last full one exceed 25% of the long-lived population.
import gc
log = []
def cb(phase, info):
    if phase == 'start':
        log.append(info['generation'])
gc.collect()
gc.set_threshold(100, 1, 1)
gc.callbacks.append(cb)
keep = []
for i in range(30000):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(log.count(0) > 0, log.count(1) > 0, log.count(2) > 0)
print(log.count(2) < log.count(1))
