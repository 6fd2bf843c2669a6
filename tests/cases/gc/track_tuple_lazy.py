# Tuples are tracked when created and untracked lazily by a collection when all
# their items are untracked.
import gc
def make(*items):
    return tuple(items)
t = make(1, 2, 'a')
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = make(1, [])
gc.collect()
print(gc.is_tracked(u))
v = make()
print('empty', gc.is_tracked(v), v == ())
w = make(None, 1.5, b'x', 10**40)
gc.collect(0)
print('collect(0)', gc.is_tracked(w))
x = make(1, object())
gc.collect()
print('object() item', gc.is_tracked(x))
