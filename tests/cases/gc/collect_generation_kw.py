# gc.collect(generation=N) as a keyword, and which generations it examines.
import gc
gc.collect()
a = []; a.append(a)
del a
print(gc.collect(generation=0))
b = []; b.append(b)
gc.collect(generation=0)
del b
print(gc.collect(generation=0), gc.collect(generation=1))
c = []; c.append(c)
gc.collect(0); gc.collect(1)
del c
print(gc.collect(generation=1), gc.collect(generation=2))
