# gc.callbacks is iterated as it is: a callback removed by an earlier callback of the same
# phase is not called, not even for that phase.
import gc
log = []
def a(phase, info):
    log.append('a ' + phase)
    if phase == 'start' and b in gc.callbacks:
        gc.callbacks.remove(b)
def b(phase, info):
    log.append('b ' + phase)
gc.callbacks.extend([a, b])
gc.collect()
print(log)
log.clear()
gc.collect()
print(log)
gc.callbacks.clear()
