# Frozen objects stay tracked; a full collection does not untrack frozen tuples/dicts.
import gc
def tup(*a):
    return tuple(a)
t = tup(1, 2)
d = {'a': []}
d['a'] = 1
gc.freeze()
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(d))
gc.unfreeze()
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(d))
