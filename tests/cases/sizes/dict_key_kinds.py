# dict tables switch from str-only (16-byte entries) to general (24-byte entries) when a
# non-str key goes in; str subclasses are not exact strs.
import sys


class S(str):
    pass


d = {'a': 1, 'b': 2}
print('str keys', sys.getsizeof(d))
d[1] = 3
print('int key added', sys.getsizeof(d))
del d[1]
print('int key removed', sys.getsizeof(d))
e = {S('a'): 1}
print('str subclass key', sys.getsizeof(e))
f = {}
f['x'] = 1
print('one str', sys.getsizeof(f))
f[(1, 2)] = 2
print('tuple key', sys.getsizeof(f))
g = {i: None for i in 'abcdefghij'}
print('10 str', sys.getsizeof(g))
g[None] = 0
print('None key', sys.getsizeof(g))
h = dict.fromkeys('abcdef')
print('fromkeys str', sys.getsizeof(h))
h2 = dict.fromkeys([1.5, 2.5])
print('fromkeys float', sys.getsizeof(h2))
j = {'k%d' % i: i for i in range(5)}
j[5] = 5
print('5 str + int', sys.getsizeof(j), len(j))
k = {'a': 1}
k.update({1: 2})
print('update with int', sys.getsizeof(k))
m = {'a': 1, 'b': 2}
c = m.copy()
c[1] = 1
print('copy then int', sys.getsizeof(m), sys.getsizeof(c))
