# freeze() zeroes the generation counts and empties every generation.
import gc
gc.collect()
gc.collect(0)
keep = [[] for _ in range(30)]
c = gc.get_count()
print(c[0] > 0, c[1])
gc.freeze()
print(gc.get_count())
print(len(gc.get_objects(0)) < 10, len(gc.get_objects(1)), len(gc.get_objects(2)))
gc.unfreeze()
print(len(gc.get_objects(2)) > 30)
