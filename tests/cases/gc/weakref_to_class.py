# A weakref with a callback to a class: the callback fires when the class cycle is collected.
import gc, weakref
log = []
gc.collect()
class K:
    pass
r = weakref.ref(K, lambda ref: log.append('class gone'))
del K
print(log)
gc.collect()
print(log, r())
