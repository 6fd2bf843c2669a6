# Removing the containers from a dict (clear, pop, del) does not untrack it right away.
import gc
d = {'a': [], 'b': 1}
d.pop('a')
print(gc.is_tracked(d))
e = {'a': []}
e.clear()
print(gc.is_tracked(e))
f = {'a': []}
f.popitem()
print(gc.is_tracked(f))
gc.collect()
print(gc.is_tracked(d), gc.is_tracked(e), gc.is_tracked(f))
