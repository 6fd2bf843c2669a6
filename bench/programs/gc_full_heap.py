# Full collections over a large live heap: some 700,000 tracked objects (instances, lists,
# dicts, tuples) stay alive while gc.collect() walks them, with cyclic garbage each time.
# Automatic collection is off, so each gc.collect() finds exactly the garbage of its round.
import gc

gc.disable()

class Item:
    def __init__(self, i):
        self.i = i
        self.tags = [i, i + 1]
        self.meta = {'k': i, 'v': [i]}


heap = [Item(i) for i in range(200000)]
pairs = [(x, x.tags) for x in heap[:100000]]
print(len(heap), len(pairs))
counts = []
for round in range(10):
    for j in range(1000):
        a = Item(j)
        a.me = a
    del a
    counts.append(gc.collect())
print(counts)
del heap, pairs
print(gc.collect())
