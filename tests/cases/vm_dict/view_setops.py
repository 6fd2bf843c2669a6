# set operations on keys and items views, with any iterable on either side
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = {1: 'x', 2: 'y', 3: 'z'}
b = {2: 'y', 3: 'q', 4: 'w'}
ka, kb, ia, ib = a.keys(), b.keys(), a.items(), b.items()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(sorted(ia & ib), sorted(ia | ib), sorted(ia - ib), sorted(ia ^ ib))
print(sorted(ka & [2, 9]), sorted([2, 9] & ka), sorted(ka | (7,)), sorted((7,) | ka))
print(sorted(ka - [1]), sorted([1, 5] - ka), sorted(ka ^ [1, 8]), sorted([1, 8] ^ ka))
print(sorted(ka & {3, 4, 5}), sorted({3, 4, 5} & ka), sorted(ka & {3}), sorted(ka & frozenset({1, 2})))
print(sorted(ia & [(1, 'x'), (2, 'nope')]), sorted(ia - {(1, 'x')}), sorted(ia ^ [(1, 'x'), (9, 9)]))
print(sorted(ka & 'abc'), sorted(map(str, ka | 'ab')))
print(type(ka & kb).__name__, type(ka | []).__name__, type([] - ka).__name__)
t(lambda: ka & 1)
t(lambda: 1 & ka)
t(lambda: ka | None)
t(lambda: ka - 3.5)
t(lambda: ka ^ 2)
t(lambda: ia & [[]])
t(lambda: ka & [[]])
t(lambda: a.values() & {1})
t(lambda: a.values() | a.values())
t(lambda: ka + kb)
# isdisjoint with every kind of argument
print(ka.isdisjoint([4, 5]), ka.isdisjoint([3]), ka.isdisjoint(kb), ka.isdisjoint({9}), ka.isdisjoint(ka), {}.keys().isdisjoint({}.keys()))
print(ia.isdisjoint(ib), ia.isdisjoint([(2, 'y')]), ia.isdisjoint(iter([])), ia.isdisjoint({(1, 'x'): 0}))
t(lambda: ka.isdisjoint(1))
t(lambda: ka.isdisjoint())
t(lambda: ka.isdisjoint([[]]))
# items ^ items compares values with ==
c = {1: 1.0, 2: [2]}
d = {1: 1, 2: [2], 3: 3}
t(lambda: c.items() ^ {1: 1, 3: 3}.items())
print(sorted({1: 1.0, 2: 'b'}.items() ^ {1: 1, 3: 3}.items(), key=repr), sorted({1: 2}.items() ^ {1: 3}.items()))
t(lambda: c.items() ^ d.items())
# in-place operators on views produce sets too
k = a.keys()
k |= {10}
print(type(k).__name__, sorted(k), a)
k2 = a.keys()
k2 -= [1]
k2 &= {2, 3}
k2 ^= {3, 4}
print(sorted(k2))
# a keys view of a dict subclass
class D(dict):
    def __iter__(self):
        return iter(['overridden'])
dd = D({1: 2, 3: 4})
print(sorted(dd.keys() | set()), sorted(dd.keys() & {1}), list(dd), list(dd.keys()))
