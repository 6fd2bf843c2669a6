# Lists, sets and instances stay tracked after collections even when empty or atomic-only.
import gc
l = []
s = set()
class A: pass
a = A()
a.x = 1
gc.collect()
gc.collect()
print(gc.is_tracked(l), gc.is_tracked(s), gc.is_tracked(a))
