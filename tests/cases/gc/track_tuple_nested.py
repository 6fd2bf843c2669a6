# A nested tuple needs more than one collection: the outer one is examined while the
# inner is still tracked.
import gc
def make(*items):
    return tuple(items)
inner = make(1, 2)
outer = make(inner, 3)
del inner
print(gc.is_tracked(outer), gc.is_tracked(outer[0]))
gc.collect()
print(gc.is_tracked(outer), gc.is_tracked(outer[0]))
gc.collect()
print(gc.is_tracked(outer), gc.is_tracked(outer[0]))
deep = make(make(make(make(1))))
n = 0
while gc.is_tracked(deep):
    gc.collect()
    n += 1
print('collections needed', n)
print(gc.is_tracked(deep[0]), gc.is_tracked(deep[0][0]), gc.is_tracked(deep[0][0][0]))
