# Automatic collections at scale: cyclic garbage of several shapes made in a loop and left to
# the collector's thresholds; what gc.callbacks sees is summed up at the end.
import gc

seen = {'start': 0, 'stop': 0, 'collected': 0}


def on_gc(phase, info):
    seen[phase] += 1
    if phase == 'stop':
        seen['collected'] += info['collected']


class Node:
    def __init__(self, parent):
        self.parent = parent
        self.kids = []


def closure_cycle(n):
    def f():
        return f, n
    return f


gc.collect()
gc.callbacks.append(on_gc)
live = []
for i in range(300000):
    root = Node(None)
    kid = Node(root)
    root.kids.append(kid)
    d = {'self': None}
    d['self'] = d
    closure_cycle(i)
    if i % 100 == 0:
        live.append(root)
gc.callbacks.remove(on_gc)
print(len(live), seen['start'] == seen['stop'], seen['collected'] > 0)
print(gc.collect() >= 0)
