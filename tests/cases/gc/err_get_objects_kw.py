# get_objects accepts generation by keyword; get_count rejects keywords.
import gc
gc.collect()
x = [[]]
print(any(o is x for o in gc.get_objects(generation=0)))
print(any(o is x for o in gc.get_objects(generation=2)))
try:
    gc.get_count(generation=0)
except TypeError as e:
    print(e)
