# range: attributes, count, index, truth, reduce, construction errors, subscripts, equality, hash
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(1, 10, 2)
print(r, r.start, r.stop, r.step, range(5).start, range(5).step, range(3, 0, -1).step)
print(r.count(3), r.count(4), r.count(3.0), r.count(True), range(3).count(True), r.count('x'), r.count(10 ** 30))
print(r.index(1), r.index(9), r.index(3.0), range(0, -10, -3).index(-9), range(10 ** 20, 10 ** 21, 7).index(10 ** 20 + 14))
t(lambda: r.index(4))
t(lambda: r.index(10))
t(lambda: r.index('a'))
t(lambda: r.index(4.0))
t(lambda: r.index())
t(lambda: r.count())
t(lambda: r.index(1, 2))
print(not range(0), not range(1), not range(5, 5), not range(10, 0, -1), not range(10 ** 30))
print(r.__reduce__(), range(3).__reduce__(), range(-5, 5, -2).__reduce__())
print(range.__new__(range, 5), range.__new__(range, 1, 4, 2))
t(lambda: range.__new__(range))
t(lambda: range.__new__(int, 3))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(x=1))
t(lambda: range(1.5))
t(lambda: range('a', 2))
t(lambda: range(1, 2, 0))
t(lambda: range(1, None))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(range(Idx(3)), range(Idx(1), Idx(10), Idx(3)), range(10)[Idx(4)], range(10)[Idx(1):Idx(8):Idx(2)])
class BadIdx:
    def __index__(self):
        return 'no'
t(lambda: range(BadIdx()))
# subscripts and slices
s = range(0, 20, 3)
print(s[0], s[-1], s[-7], s[2:5], s[::-1], s[::2], s[-2:], s[100:], s[:-100], s[1:5:-1], s[5:1:-2], list(s[::-3]))
t(lambda: s[7])
t(lambda: s[-8])
t(lambda: s['a'])
t(lambda: s[1.0])
t(lambda: s[::0])
t(lambda: s['a':])
t(lambda: s[:None:'x'])
big = range(0, 10 ** 20)
print(big[10 ** 19], big[-1], big[::10 ** 19], big[10 ** 19:][:3], big[2:-2].stop)
t(lambda: len(big))
t(lambda: big[10 ** 20])
print(len(range(0, 10 ** 18)), len(range(5, 0)), len(range(0, 10, 3)), len(range(10, 0, -3)))
# equality and hash: ranges are equal when they give the same values
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 3, 5), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2])
print(hash(range(0)) == hash(range(2, 2)), hash(range(1, 2)) == hash(range(1, 7, 100)), hash(range(0, 5, 2)) == hash(range(0, 6, 2)))
print(range(3) != range(3), range(3) != range(4), {range(0, 3): 'a'}[range(0, 3, 1)])
t(lambda: range(3) < range(4))
t(lambda: range(3) <= 1)
# reversed and iterators
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(10 ** 20, 10 ** 20 + 3))))
it = iter(range(2, 8, 2))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), it.__reduce__())
it.__setstate__(1)
print(list(it), it.__length_hint__(), it.__reduce__())
it2 = iter(range(10))
it2.__setstate__(-5)
print(next(it2))
it2.__setstate__(100)
print(list(it2))
lit = iter(range(10 ** 20, 10 ** 20 + 5))
print(type(lit).__name__, next(lit), lit.__length_hint__(), lit.__reduce__())
lit.__setstate__(2)
print(list(lit))
print(type(reversed(range(3))).__name__, reversed(range(3)).__length_hint__())
# in
print(3 in r, 4 in r, 3.0 in r, True in range(2), 'a' in r, 10 ** 30 in range(10 ** 31), -1 in range(0, -5, -1))
print(sorted(range.__dict__))
print(sorted(type(iter(range(1))).__dict__))
