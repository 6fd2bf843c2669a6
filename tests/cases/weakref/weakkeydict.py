# WeakKeyDictionary: entries vanish when their keys die.
import weakref


class K:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'K(%s)' % self.name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name


d = weakref.WeakKeyDictionary()
a, b = K('a'), K('b')
d[a] = 1
d[b] = 2
print(len(d), d[a], d[K('b')], K('b') in d)
del b
print(len(d), list(d.values()))
a2 = K('a')
d[a2] = 10
print('equal key updates the value:', len(d), d[a], list(d.keys())[0] is a)
del a2
print(len(d))
del a
print(len(d), list(d.items()))
k1, k2, k3 = K('1'), K('2'), K('3')
d.update({k1: 'one', k2: 'two'})
d[k3] = 'three'
print(sorted(v for v in d.values()))
print(d.pop(k1), len(d))
print(d.setdefault(k2, 'x'), d.setdefault(K('new'), 'y') if False else 'skip')
refs = d.keyrefs()
print(len(refs))
del refs
del k2
print(len(d), [k.name for k in d])
print(d.get(k3), d.get(K('zzz'), 'none'))
try:
    d[1] = 2
except TypeError as e:
    print('TypeError:', e)
d2 = d.copy()
print(type(d2).__name__, len(d2))
del k3
print(len(d), len(d2))
print('end')
