# WeakKeyDictionary details: unweakrefable keys, containment, update forms, setdefault, popitem.
import weakref


class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'K%d' % self.n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n


d = weakref.WeakKeyDictionary()
ks = [K(i) for i in range(4)]
d.update([(ks[0], 'a'), (ks[1], 'b')])
d.update({ks[2]: 'c'})
print(sorted(d.values()), 1 in d, 'x' in d, K(0) in d)
try:
    d[1] = 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    d.update(k=1)
except TypeError as e:
    print('TypeError:', e)
print(d.setdefault(ks[3], 'dflt'), d.setdefault(ks[3], 'other'))
print(d.pop(ks[0]), d.pop(K(99), 'missing'))
try:
    d.pop(K(99))
except KeyError as e:
    print('KeyError:', e)
k, v = d.popitem()
print(type(k).__name__, v in 'bcd', len(d))
del ks
print('keys dropped', len(d), list(d.items()))
try:
    weakref.WeakKeyDictionary().popitem()
except KeyError as e:
    print('KeyError:', e)
e = weakref.WeakKeyDictionary()
k5 = K(5)
e[k5] = 1
e2 = e | {K(6): 2}
print(type(e2).__name__, len(e2))
e |= {k5: 10}
print(e[k5], len(e))
print('end')
