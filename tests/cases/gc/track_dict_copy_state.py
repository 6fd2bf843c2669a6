# Copies of a dict take its tracked state, not its contents' (PyDict_Copy, dict_merge's clone).
import gc
d = {'a': []}
d['a'] = 1
print('source', gc.is_tracked(d))
print('copy', gc.is_tracked(d.copy()))
print('dict(d)', gc.is_tracked(dict(d)))
print('{**d}', gc.is_tracked({**d}))
print('d | {}', gc.is_tracked(d | {}))
e = {}
e.update(d)
print('update into empty', gc.is_tracked(e))
gc.collect()
print('source after collect', gc.is_tracked(d))
print('copy after collect', gc.is_tracked(d.copy()), gc.is_tracked(dict(d)))
# A dict with deleted entries is merged item by item instead of cloned.
f = {'a': [], 'b': 1, 'c': 2, 'd': 3}
f['a'] = 0
del f['b'], f['c']
print('holes', gc.is_tracked(f), gc.is_tracked(f.copy()), gc.is_tracked(dict(f)))
# Merging into a dict that already has items goes item by item.
g = {'x': 1}
g.update(d)
print('update into non-empty', gc.is_tracked(g))
h = {'x': 1}
h.update({'y': ()})
print('empty tuple value', gc.is_tracked(h))
h.update({'z': (1, [])})
print('tuple holding a list', gc.is_tracked(h))
