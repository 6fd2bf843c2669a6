# Lists freed to the free list do not lower the count, and lists taken from it do not raise it.
# A full collection empties the free lists.
import gc
gc.collect()
pad = [set() for _ in range(50)]
def count():
    return gc.get_count()[0]
a = count()
xs = [[] for _ in range(20)]
b = count()
del xs
c = count()
ys = [[] for _ in range(20)]
d = count()
print(b - a, c - b, d - c)
