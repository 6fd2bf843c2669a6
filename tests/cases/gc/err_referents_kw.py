# get_referents / get_referrers take only positional arguments.
import gc
for f in (gc.get_referents, gc.get_referrers):
    try:
        f(obj=1)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_referents(*[1, 2, 3]))
