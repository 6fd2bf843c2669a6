# Refcounts of an exception object inside an except clause, after it, and through sys.exc_info().
import sys
rc = sys.getrefcount
try:
    raise ValueError('x')
except ValueError as e:
    print(rc(e))
    print(rc(sys.exc_info()[1]), rc(e))
    info = sys.exc_info()
    print(rc(e), rc(info))
    del info
    print(rc(sys.exception()))
print('e' in dir())
err = ValueError('y')
print(rc(err))
try:
    raise err
except ValueError:
    print(rc(err))
print(rc(err))
try:
    raise err
except ValueError as e2:
    print(rc(err), rc(e2))
print(rc(err))
def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        print(rc(e))
        saved = e
    print(rc(saved))
    return saved
s = f()
print(rc(s))
tb = s.__traceback__
print(rc(tb))
s.__traceback__ = None
print(rc(tb))
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return rc(e)
print(g())
