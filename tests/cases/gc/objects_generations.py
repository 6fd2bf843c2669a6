# get_objects(generation): a new container is in generation 0, moves to 1 after collect(0),
# to 2 after collect(1); untracked objects are never listed.
import gc
def where(o):
    return [any(x is o for x in gc.get_objects(g)) for g in range(3)]
gc.collect()
x = [1]
print(where(x), any(o is x for o in gc.get_objects()))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
gc.collect(2)
print(where(x))
d = {}
print(where(d), any(o is d for o in gc.get_objects()))
y = [2]
gc.collect()
print(where(y))
