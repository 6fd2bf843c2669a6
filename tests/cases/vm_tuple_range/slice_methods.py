# slice: construction, attributes, indices(), comparisons, hash, __reduce__, repr, use as subscript
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, slice(5), slice(1, 2), slice(None), slice('a', [1], None), slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step)
print(slice(5).start, slice(5).stop, slice(5).step, type(s).__name__, slice.__new__(slice, 3))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(x=1))
t(lambda: slice(1, stop=2))
t(lambda: slice.__new__(slice))
t(lambda: slice.__new__(int, 1))
t(lambda: setattr(s, 'start', 3))
print(s.indices(20), s.indices(5), s.indices(0), slice(None).indices(7), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(100, -100, -1).indices(5), slice(2, -2, -1).indices(10), slice(10 ** 30).indices(3), slice(None, None, 10 ** 30).indices(4))
print(slice(1, 5).indices(10 ** 30), slice(-1, None, -2).indices(10 ** 25))
t(lambda: s.indices(-1))
t(lambda: s.indices('a'))
t(lambda: s.indices())
t(lambda: s.indices(1.5))
t(lambda: slice(1, 2, 0).indices(5))
t(lambda: slice('a').indices(5))
t(lambda: slice(1, 2, 'x').indices(5))
t(lambda: slice(None, 2.5).indices(5))
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(slice(Idx(1), Idx(-1)).indices(Idx(6)), [0, 1, 2, 3][slice(Idx(1), None)], (0, 1, 2, 3)[Idx(1):Idx(3)])
# comparisons and hashing
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(2) > slice(1))
print(slice(1, 2, 3) <= slice(1, 2, 3), slice(0) >= slice(0), s == s, s < s, s <= s, slice(1) == 1, slice(1) != (None, 1, None))
t(lambda: slice(1) < 1)
t(lambda: slice('a') < slice(1))
t(lambda: slice(None) < slice(1))
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(1, 2)) == hash(slice(1, 2, None)), {slice(1, 2): 'v'}[slice(1, 2)])
t(lambda: hash(slice([], 1)))
t(lambda: hash(slice(1, {})))
print(s.__reduce__(), slice(3).__reduce__())
print(sorted(slice.__dict__))
# slices made by subscripts are the same objects
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::], sh[1:2:3], sh[:, 1:], sh[...,] if False else sh[::-1], sh[1:2] == slice(1, 2))
