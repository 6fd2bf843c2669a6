# is_tracked / is_finalized take exactly one positional argument.
import gc
for f in (gc.is_tracked, gc.is_finalized):
    for args, kw in [((), {}), ((1, 2), {}), ((), {'obj': 1})]:
        try:
            f(*args, **kw)
        except TypeError as e:
            print(type(e).__name__, e)
print(gc.is_tracked(gc), gc.is_tracked(gc.is_tracked))
