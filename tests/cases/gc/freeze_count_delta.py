# get_freeze_count grows by the number of tracked objects frozen.
import gc
gc.collect()
gc.freeze()
base = gc.get_freeze_count()
objs = [[] for _ in range(25)]
gc.freeze()
print(gc.get_freeze_count() - base)
gc.unfreeze()
print(gc.get_freeze_count())
gc.freeze(); gc.freeze()
print(gc.get_freeze_count() > 25)
gc.unfreeze(); gc.unfreeze()
print(gc.get_freeze_count())
for f in (gc.freeze, gc.unfreeze, gc.get_freeze_count):
    try:
        f(1)
    except TypeError as e:
        print(e)
