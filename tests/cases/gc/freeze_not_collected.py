# Cycles in the permanent generation are not collected until unfrozen.
import gc
gc.collect()
l = []
l.append(l)
del l
gc.freeze()
print(gc.collect())
gc.unfreeze()
print(gc.collect())
