# An exception raised by a callback is reported as unraisable and the collection goes on.
import gc, sys
def unraisable(u):
    print('unraisable:', type(u.exc_value).__name__, u.exc_value, u.err_msg)
sys.unraisablehook = unraisable
seen = []
def bad(phase, info):
    raise ValueError('boom ' + phase)
def good(phase, info):
    seen.append(phase)
gc.callbacks.extend([bad, good])
l = []
l.append(l)
del l
print(gc.collect())
gc.callbacks.clear()
print(seen)
