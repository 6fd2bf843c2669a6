# Cycles still reachable from a global are not collected; collected after the global goes.
import gc
gc.collect()
a = []
a.append(a)
holder = [a]
del a
print(gc.collect())
del holder
print(gc.collect())
