# Generation counts: 10 gen-0 collections make gen 1's count 10; gen 1 collections count into gen 2.
import gc
gc.collect()
for i in range(10):
    gc.collect(0)
print(gc.get_count())
for i in range(3):
    gc.collect(1)
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(2)
print(gc.get_count())
