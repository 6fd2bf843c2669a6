# A ring of objects with __del__: every finalizer runs, collect counts all of them.
import gc
calls = []
class N:
    def __init__(self, i):
        self.i = i
    def __del__(self):
        calls.append(self.i)
gc.collect()
nodes = [N(i) for i in range(6)]
for i, n in enumerate(nodes):
    n.next = nodes[(i + 1) % 6]
del nodes, n
print(gc.collect(), sorted(calls), len(calls))
