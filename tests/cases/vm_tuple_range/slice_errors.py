# slices on lists, tuples, strs and ranges with unusual bounds, ending in an uncaught error
data = list(range(10))
tup = tuple(data)
s = 'abcdefghij'
rg = range(10)
for sl in [slice(None), slice(2, 8, 3), slice(-3, None), slice(None, None, -1), slice(8, 2, -2), slice(-100, 100, 4), slice(100, -100, -3), slice(5, 5), slice(2 ** 70, None), slice(None, -2 ** 70)]:
    print(sl, data[sl], tup[sl], s[sl], rg[sl], sl.indices(10))
class Idx:
    def __index__(self):
        return 3
print(data[Idx():], tup[:Idx()], s[::Idx()], rg[Idx()::Idx()], data[slice(Idx())])
data[1:9:3] = 'xyz'
print(data)
del data[::2]
print(data)
data[2:2] = [7, 7]
print(data, data[slice(1, -1)])
print(slice(1, 2) == slice(1, 2), slice(None) == slice(None, None, None), [slice(1)] == [slice(1)], (slice(0),) < (slice(1),))
print(sorted([slice(3, 4, 1), slice(1, 2, 1), slice(0, 5, 2)]))
sl = slice(1, 10, 0)
print(data[sl])
