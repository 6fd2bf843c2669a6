# An exception in __del__ during a collection goes to sys.unraisablehook; collection proceeds.
import gc, sys
def hook(u):
    print('unraisable', type(u.exc_value).__name__, u.exc_value)
sys.unraisablehook = hook
class A:
    def __del__(self):
        raise RuntimeError('in del')
gc.collect()
a = A()
a.me = a
del a
print(gc.collect())
