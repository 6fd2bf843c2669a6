# Weak containers: entries that die during iteration, copy, deepcopy of keys, comparisons.
import weakref
import copy


class O:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'O%d' % self.n
    def __hash__(self):
        return self.n


objs = [O(i) for i in range(6)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
wkd = weakref.WeakKeyDictionary((o, i) for i, o in enumerate(objs))
ws = weakref.WeakSet(objs)
print(len(wvd), len(wkd), len(ws))
for k in wvd:
    if k == 1:
        del objs[3]
print('deleted during WeakValueDictionary iteration:', len(wvd), sorted(wvd))
for o in list(wkd):
    pass
for k, v in wkd.items():
    if v == 0:
        objs.pop()
print(len(wkd), sorted(wkd.values()))
for o in ws:
    if o.n == 0:
        objs.pop(0)
print(len(ws), sorted(o.n for o in ws))
c1 = copy.copy(wvd)
print(type(c1).__name__, sorted(c1))
c2 = wkd.copy()
print(sorted(c2.values()))
print(sorted(o.n for o in ws.copy()))
print(wvd == wvd, ws == set(ws), ws == weakref.WeakSet(objs))
del objs
print(len(wvd), len(wkd), len(ws), len(c1), len(c2))
w = weakref.WeakValueDictionary()
w[1] = O(9)
print(len(w), list(w))
print(repr(ws)[:20])
print('end')
