# get_objects argument errors.
import gc
for args in [(3,), (-1,), (-2,), (-100,), (10,), ('a',), (1.5,), (0, 1)]:
    try:
        gc.get_objects(*args)
        print(args, 'ok')
    except Exception as e:
        print(args, type(e).__name__, e)
print(type(gc.get_objects(None)).__name__)
print(type(gc.get_objects(generation=None)).__name__)
try:
    gc.get_objects(gen=0)
except TypeError as e:
    print(e)
