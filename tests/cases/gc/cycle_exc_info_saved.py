# Storing sys.exc_info() or the traceback in a local of the handling frame.
import gc, sys
gc.collect()
def f():
    try:
        raise ValueError('v')
    except ValueError:
        info = sys.exc_info()
f()
print(gc.collect())
def g():
    try:
        raise ValueError('v')
    except ValueError as e:
        tb = e.__traceback__
g()
print(gc.collect())
def h():
    try:
        raise ValueError('v')
    except ValueError as e:
        pass
    return 'no cycle: e was deleted'
print(h(), gc.collect())
