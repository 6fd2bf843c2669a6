# A list containing itself is collected: one object.
import gc
gc.collect()
l = []
l.append(l)
del l
print(gc.collect())
print(gc.collect())
