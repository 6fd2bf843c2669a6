# Argument errors of set_threshold / get_threshold.
import gc
def tryit(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
tryit(gc.set_threshold)
tryit(gc.set_threshold, 1, 2, 3, 4)
tryit(gc.set_threshold, 'a')
tryit(gc.set_threshold, 1.5)
tryit(gc.set_threshold, 1, 'b')
tryit(gc.set_threshold, 2**31)
tryit(gc.set_threshold, 2**64)
tryit(gc.set_threshold, threshold0=5)
tryit(gc.set_threshold, None)
tryit(gc.get_threshold, 1)
tryit(gc.set_threshold, True)
print(gc.get_threshold())
