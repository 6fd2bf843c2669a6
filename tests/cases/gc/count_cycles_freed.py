# Collecting cycles resets the count; objects freed by the collection do not push it negative.
import gc
class A: pass
gc.collect()
for i in range(20):
    a = A()
    a.self = a
del a
print(gc.get_count()[0] > 0)
print(gc.collect())
print(gc.get_count())
