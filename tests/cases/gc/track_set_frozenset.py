# Sets and frozensets stay tracked even when they hold only atomics, collected or not.
import gc
s = {1, 2, 3}
fs = frozenset('abc')
e = frozenset()
gc.collect()
print(gc.is_tracked(s), gc.is_tracked(fs), gc.is_tracked(e))
s.clear()
gc.collect()
print(gc.is_tracked(s))
print(gc.is_tracked(set()), gc.is_tracked({x for x in range(3)}))
print(gc.is_tracked(s | {1}), gc.is_tracked(fs & {'a'}))
