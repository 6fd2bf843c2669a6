# dict sizes by how they were built: displays, dict(), comprehensions, fromkeys, update,
# setdefault, popitem, copy and ** merges.
import sys

a, b = 'x', 'y'
print('displays', sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({a: 1, b: 2}), sys.getsizeof({1: 1, 2: 2}))
print('16 pairs', sys.getsizeof({'a%d' % 0: 0, 'k1': 1, 'k2': 2, 'k3': 3, 'k4': 4, 'k5': 5, 'k6': 6, 'k7': 7, 'k8': 8, 'k9': 9, 'k10': 10, 'k11': 11, 'k12': 12, 'k13': 13, 'k14': 14, 'k15': 15}))
for n in [0, 1, 5, 6, 10, 11, 21, 22, 42, 43]:
    keys = ['s%d' % i for i in range(n)]
    print(n, 'dict(zip)', sys.getsizeof(dict(zip(keys, range(n)))), 'comp', sys.getsizeof({k: 0 for k in keys}),
          'fromkeys', sys.getsizeof(dict.fromkeys(keys)), 'fromkeys(ints)', sys.getsizeof(dict.fromkeys(range(n))),
          'kwargs', sys.getsizeof(dict(**{k: 1 for k in keys})))
print('dict(kw)', sys.getsizeof(dict(a=1)), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
print('dict(list)', sys.getsizeof(dict([(1, 2), (3, 4)])), sys.getsizeof(dict([('p', 1)] * 10)))
d = {'a': 1}
d.update({'s%d' % i: i for i in range(20)})
print('update 21', len(d), sys.getsizeof(d))
d = {'a': 1}
d.update({'s%d' % i: i for i in range(4)})
print('update 5', len(d), sys.getsizeof(d))
d = {}
d.update(a=1, b=2)
print('update kw', sys.getsizeof(d))
d = {}
for i in range(12):
    d.setdefault(i, [])
print('setdefault', sys.getsizeof(d))
while d:
    d.popitem()
print('popitem all', sys.getsizeof(d))
d = {i: i for i in range(7)}
print('copy', sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof({**d}), sys.getsizeof(dict(d)), sys.getsizeof(d | {}))
d |= {100: 1}
print('|=', sys.getsizeof(d))
print('fromkeys set', sys.getsizeof(dict.fromkeys({1, 2, 3})), sys.getsizeof(dict.fromkeys(set(range(21)))), sys.getsizeof(dict.fromkeys({1: 1, 2: 2})))
print('globals-like', sys.getsizeof(dict(__name__='m', __doc__=None)))
