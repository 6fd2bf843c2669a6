# Tuples inside a list are untracked by a collection even though the list is not.
import gc
l = [tuple([i, str(i)]) for i in range(5)]
print([gc.is_tracked(t) for t in l])
gc.collect(0)
print([gc.is_tracked(t) for t in l], gc.is_tracked(l))
m = [tuple([i, []]) for i in range(3)]
gc.collect()
print([gc.is_tracked(t) for t in m])
