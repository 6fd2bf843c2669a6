# Freeing a GC object lowers the generation-0 count (instances have no free list).
import gc
class A: pass
gc.collect()
pad = [A() for _ in range(100)]
def count():
    return gc.get_count()[0]
a = count()
objs = [A() for _ in range(30)]
b = count()
del objs[:10]
c = count()
del objs
d = count()
print(b - a, c - b, d - c)
a = count()
del pad[:50]
b = count()
print(b - a)
