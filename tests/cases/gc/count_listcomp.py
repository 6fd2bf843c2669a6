# Generation-0 count grows with each new container allocated.
import gc
gc.collect()
a = gc.get_count()
x = [[] for _ in range(10)]
b = gc.get_count()
print(b[0] - a[0], b[1] - a[1], b[2] - a[2])
a = gc.get_count()
y = [[] for _ in range(100)]
b = gc.get_count()
print(b[0] - a[0], b[1] - a[1], b[2] - a[2])
