# No automatic collection while disabled; collections resume after enable().
import gc
log = []
def cb(phase, info):
    if phase == 'start':
        log.append(info['generation'])
gc.collect()
gc.set_threshold(30)
gc.callbacks.append(cb)
gc.disable()
keep = [[] for _ in range(300)]
print('disabled', len(log))
gc.collect(1)
print('explicit while disabled', log)
gc.enable()
keep2 = [[i] for i in range(300)]
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print('enabled', len(log) > 1, set(log[1:]))
