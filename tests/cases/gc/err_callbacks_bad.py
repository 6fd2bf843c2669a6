# A non-callable in gc.callbacks makes every collection report an unraisable TypeError.
import gc, sys
def hook(u):
    print('unraisable', type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook
gc.callbacks.append(42)
print(gc.collect())
gc.callbacks.remove(42)
def wrong_arity():
    pass
gc.callbacks.append(wrong_arity)
print(gc.collect())
gc.callbacks.clear()
print(gc.collect())
