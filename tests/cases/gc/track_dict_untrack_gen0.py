# Dicts holding only atomics are untracked only by full collections (generation 2),
# never by collections of the younger generations.
import gc
gc.collect()
d = {'a': []}
d['a'] = 0
print(gc.is_tracked(d))
gc.collect(0)
print(gc.is_tracked(d))
e = {'a': []}
gc.collect(0)
e['a'] = 0
print(gc.is_tracked(e))
gc.collect(0)
print('gen1 dict after collect(0)', gc.is_tracked(e))
gc.collect(1)
print('after collect(1)', gc.is_tracked(e))
gc.collect(2)
print('after collect(2)', gc.is_tracked(d), gc.is_tracked(e))
