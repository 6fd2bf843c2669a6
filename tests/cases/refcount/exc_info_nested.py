# Refcounts of the handled exception seen through sys.exc_info()/sys.exception() in nested handlers and calls.
import sys
rc = sys.getrefcount
def show():
    e = sys.exception()
    return rc(e)
try:
    raise KeyError('a')
except KeyError as outer:
    print(rc(outer), show())
    try:
        raise ValueError('b')
    except ValueError as inner:
        print(rc(outer), rc(inner), show())
        print(inner.__context__ is outer, rc(outer))
    print(rc(outer), show())
print(sys.exception())
def handler():
    try:
        raise TypeError('t')
    except TypeError:
        t, v, tb = sys.exc_info()
        return rc(v), rc(tb)
print(handler())
def reraise():
    try:
        try:
            raise OSError('o')
        except OSError as e:
            keep = e
            raise
    except OSError as again:
        return again is keep, rc(keep)
print(reraise())
