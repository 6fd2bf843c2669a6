# A dict becomes tracked the moment a tracked key or value is stored in it.
import gc
d = {}
print(gc.is_tracked(d))
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = 'str'
print(gc.is_tracked(d))
d['z'] = []
print(gc.is_tracked(d))
del d['z']
print(gc.is_tracked(d))
e = {}
e[1] = (1, 2)
print('constant tuple value', gc.is_tracked(e))
def fn(): pass
f = {}
f[(1, fn)] = 0
print('tuple key with function', gc.is_tracked(f))
h = {}
h[tuple([1, 2])] = 0
print('built tuple key of atomics', gc.is_tracked(h))
h2 = {}
h2[(1, 2)] = 0
print('constant tuple key', gc.is_tracked(h2))
g = {}
g['k'] = {}
print('empty dict value', gc.is_tracked(g))
