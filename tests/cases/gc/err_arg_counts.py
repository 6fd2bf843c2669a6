# Wrong argument counts for the no-argument gc functions.
import gc
for name in ['enable', 'disable', 'isenabled', 'get_count', 'get_threshold', 'get_debug', 'get_stats', 'freeze', 'unfreeze', 'get_freeze_count']:
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print(name, type(e).__name__, e)
    try:
        getattr(gc, name)(x=1)
    except TypeError as e:
        print(name, type(e).__name__, e)
