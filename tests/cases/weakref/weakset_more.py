# WeakSet operations: update, in-place operators, isdisjoint, comparisons, clear, pop from empty.
import weakref


class E:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'E%d' % self.n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, E) and other.n == self.n


es = [E(i) for i in range(6)]
a = weakref.WeakSet(es[:4])
b = weakref.WeakSet(es[2:])
srt = lambda s: sorted(x.n for x in s)
print(srt(a | b), srt(a & b), srt(a - b), srt(a ^ b))
print(srt(a.union(es[5:])), srt(a.intersection(es[:1])), srt(a.difference(es[:2])), srt(a.symmetric_difference(es[3:])))
print(a.isdisjoint(b), a.isdisjoint(es[4:]), a.issubset(es), a.issuperset(es[:1]))
c = weakref.WeakSet()
c.update(es[:2])
c |= weakref.WeakSet(es[2:3])
print(srt(c))
c -= weakref.WeakSet(es[:1])
c &= weakref.WeakSet(es[1:3])
print(srt(c))
c ^= weakref.WeakSet(es[2:4])
print(srt(c))
c.difference_update(es[1:2])
c.intersection_update(es)
c.symmetric_difference_update(es[5:])
print(srt(c))
print(a == b, a != b, a <= weakref.WeakSet(es), a < a, a == set(es[:4]))
c.clear()
print(len(c))
try:
    c.pop()
except KeyError as e:
    print('KeyError:', e)
del es
print(len(a), len(b))
print('end')
