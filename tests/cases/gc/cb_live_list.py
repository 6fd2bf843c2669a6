# gc.callbacks is read afresh at each step: a callback appended during a phase runs in that same
# phase; replacing the list's contents with slice assignment takes effect at once.
import gc
log = []
def late(phase, info):
    log.append('late ' + phase)
def first(phase, info):
    log.append('first ' + phase)
    if phase == 'start':
        gc.callbacks.append(late)
def replacer(phase, info):
    log.append('replacer ' + phase)
    gc.callbacks[:] = [other]
def other(phase, info):
    log.append('other ' + phase)
gc.callbacks.append(first)
gc.collect()
print(log)
gc.callbacks.clear()
log.clear()
gc.callbacks.extend([replacer, first])
gc.collect()
print(log, len(gc.callbacks))
gc.callbacks.clear()
cb = gc.callbacks
import importlib
print(gc.callbacks is cb, importlib.reload(gc).callbacks is cb)
