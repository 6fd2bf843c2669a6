# A tracked dict that now holds only atomic values is untracked again by a collection.
import gc
d = {'a': []}
print(gc.is_tracked(d))
d['a'] = 1
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
d['b'] = [1]
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
del d['b']
gc.collect()
print(gc.is_tracked(d))
e = {'t': tuple([1, 2])}
print(gc.is_tracked(e))
gc.collect()
print(gc.is_tracked(e))
f = {'t': (1, 2)}
print('constant tuple', gc.is_tracked(f))
