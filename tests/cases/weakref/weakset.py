# WeakSet: members vanish when they die; len, iteration, set operations.
import weakref


class E:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'E%d' % self.n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, E) and self.n == other.n


items = [E(i) for i in range(5)]
ws = weakref.WeakSet(items)
print(len(ws), sorted(e.n for e in ws))
del items[1]
print(len(ws), sorted(e.n for e in ws))
items.pop()
print(len(ws))
print(E(0) in ws, E(1) in ws, 5 in ws)
other = weakref.WeakSet(items[:2])
print(sorted(e.n for e in ws - other), sorted(e.n for e in ws & other), len(ws | other))
print(other <= ws, ws >= other, other < ws, ws == weakref.WeakSet(items))
x = E(10)
ws.add(x)
print(len(ws))
ws.discard(x)
print(len(ws))
ws.add(x)
ws.remove(x)
try:
    ws.remove(x)
except KeyError as e:
    print('KeyError:', e)
ws.add(x)
del x
print('x died:', len(ws))
for e in ws:
    print('iter', e)
it = iter(ws)
first = next(it)
del items
print('during iteration, removals wait:', len(ws))
del it
del first
print(len(ws))
try:
    ws.add(1)
except TypeError as e:
    print('TypeError:', e)
y = E(20)
ws.add(y)
print(ws.pop() is y, len(ws))
print(repr(weakref.WeakSet())[:8])
print('end')
