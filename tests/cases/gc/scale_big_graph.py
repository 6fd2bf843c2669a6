# A dense graph: 2000 nodes each pointing at 10 others, all garbage at once.
import gc
class N:
    __slots__ = ('out',)
gc.collect()
nodes = [N() for _ in range(2000)]
for i, n in enumerate(nodes):
    n.out = [nodes[(i * 7 + k) % 2000] for k in range(10)]
del nodes, n
print(gc.collect())
