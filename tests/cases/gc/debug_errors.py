# set_debug/get_debug argument errors.
import gc
def tryit(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
tryit(gc.set_debug, 'a')
tryit(gc.set_debug)
tryit(gc.set_debug, 1, 2)
tryit(gc.set_debug, 1.0)
tryit(gc.set_debug, None)
tryit(gc.set_debug, flags=0)
tryit(gc.set_debug, 2**40)
tryit(gc.set_debug, -1)
print(gc.get_debug())
gc.set_debug(0)
tryit(gc.get_debug, 0)
