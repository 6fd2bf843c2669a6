# collect(0) only untracks tuples in generation 0; a tuple that survived into generation 1
# stays tracked until generation 1 is collected.
import gc
gc.collect()
def tup(*a):
    return tuple(a)
outer = tup(tup(1, 2))
gc.collect(0)
print(gc.is_tracked(outer), gc.is_tracked(outer[0]))
gc.collect(0)
print(gc.is_tracked(outer))
gc.collect(1)
print(gc.is_tracked(outer))
