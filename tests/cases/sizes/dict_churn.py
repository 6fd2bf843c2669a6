# dicts under deletion and re-insertion: deleted slots stay used until an insertion finds no
# usable entry, then the table is rebuilt for the live items (insertion_resize, GROWTH_RATE).
import sys

d = {}
for i in range(5):
    d[i] = i
print('5 items', sys.getsizeof(d))
for i in range(100):
    d[1000 + i] = i
    del d[1000 + i]
    if i % 10 == 0:
        print('churn', i, len(d), sys.getsizeof(d))
e = {'k%d' % i: i for i in range(20)}
for i in range(18):
    del e['k%d' % i]
print('after deletes', len(e), sys.getsizeof(e))
for i in range(30):
    e['n%d' % i] = i
    if i % 5 == 0:
        print('reinsert', len(e), sys.getsizeof(e))
f = dict.fromkeys(range(100))
while len(f) > 3:
    f.popitem()
print('popitem down', sys.getsizeof(f))
f[500] = 1
print('one more', sys.getsizeof(f))
g = dict.fromkeys(range(50))
for k in list(g):
    g.pop(k)
print('pop all', sys.getsizeof(g))
g['x'] = 1
print('then a str key', sys.getsizeof(g))
h = {i: i for i in range(8)}
for i in range(8):
    del h[i]
    h[i + 100] = i
print('replace each', sys.getsizeof(h), len(h))
