# gc.disable() inside a callback stops later automatic collections.
import gc
log = []
def cb(phase, info):
    log.append(phase)
    if phase == 'stop':
        gc.disable()
gc.collect()
gc.set_threshold(20)
gc.callbacks.append(cb)
keep = [[i] for i in range(500)]
gc.callbacks.remove(cb)
print(log, gc.isenabled())
gc.enable()
gc.set_threshold(700, 10, 10)
