# A young cycle referenced from an older object survives collect(0) and is promoted to
# generation 1, so after the old reference goes only collect(1) finds it.
import gc
gc.collect()
old = []
gc.collect(0); gc.collect(1)
young = []
young.append(young)
old.append(young)
del young
print(gc.collect(0))
old.clear()
print(gc.collect(0), gc.collect(1), gc.collect(2))
y2 = []
y2.append(y2)
del y2
print(gc.collect(0))
