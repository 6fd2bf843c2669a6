# dict sizes as items are inserted one at a time (str keys: 16-byte entries; other keys: 24-byte
# entries), and what deletion, re-insertion, copy and clear do.
import sys

d = {}
e = {}
last = (sys.getsizeof(d), sys.getsizeof(e))
print(0, last)
for i in range(1, 400):
    d['k%d' % i] = i
    e[i] = i
    cur = (sys.getsizeof(d), sys.getsizeof(e))
    if cur != last:
        print(i, cur, d.__sizeof__(), e.__sizeof__())
        last = cur
d = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
print('five', sys.getsizeof(d))
del d['a']
del d['b']
print('deleted', sys.getsizeof(d))
d['f'] = 6
d['g'] = 7
print('readded', sys.getsizeof(d), list(d))
d['h'] = 8
print('one more', sys.getsizeof(d))
d = {i: i for i in range(10)}
for i in range(10):
    del d[i]
print('all deleted', sys.getsizeof(d), len(d))
d[100] = 1
print('after readd', sys.getsizeof(d))
c = {i: i for i in range(30)}
for i in range(25):
    del c[i]
print('sparse', sys.getsizeof(c), sys.getsizeof(c.copy()), sys.getsizeof(dict(c)))
c.clear()
print('clear', sys.getsizeof(c))
m = {'a': 1}
m[2] = 2
print('mixed keys', sys.getsizeof(m))
