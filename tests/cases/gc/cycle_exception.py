# Saving a caught exception in a local of the same frame: exception -> traceback -> frame -> exception.
import gc
gc.collect()
def f():
    try:
        raise ValueError('x')
    except ValueError as e:
        saved = e
f()
print(gc.collect())
def g():
    try:
        1 / 0
    except Exception as e:
        return e
exc = g()
print(type(exc).__name__, exc.__traceback__ is not None)
del exc
print(gc.collect())
def h():
    try:
        raise KeyError('k')
    except KeyError:
        pass
h()
print(gc.collect())
