# weakref.finalize: alive, detach, peek, calling it directly, atexit.
import weakref


class C:
    def __init__(self, name):
        self.name = name


def report(*args, **kw):
    print('finalizer', args, sorted(kw.items()))
    return 'result'


a = C('a')
f = weakref.finalize(a, report, 1, 2, k='v')
print(f.alive, f.peek()[0] is a, f.peek()[1:])
print(f.atexit)
del a
print(f.alive, f.peek(), f.detach(), f())
b = C('b')
g = weakref.finalize(b, report, 'b')
print(g(), g.alive, g())
del b
print('called already: no second call')
c = C('c')
h = weakref.finalize(c, report, 'c')
det = h.detach()
print(det[0] is c, det[1:], h.alive, h.detach())
del c, det
print('detached: no call')
d = C('d')
fs = [weakref.finalize(d, report, i) for i in range(3)]
del d
print('finalizers called in creation order')
e = C('e')
j = weakref.finalize(e, report, 'at exit')
k = weakref.finalize(C('temp'), report, 'temp')
print('temp died immediately', k.alive)
q = C('q')
m = weakref.finalize(q, report, 'no atexit')
m.atexit = False
print(m.atexit)
try:
    weakref.finalize(1, report)
except TypeError as e2:
    print('TypeError:', e2)
print(repr(j).split(' at ')[0].split()[0], 'object' in repr(j))
print('end of script')
