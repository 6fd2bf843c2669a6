# Refcounts of exceptions raised, thrown into and caught inside generators, and of the generator frame.
import sys
rc = sys.getrefcount
o = object()
def g():
    try:
        yield 1
    except ValueError as e:
        yield rc(e)
    yield 3
gen = g()
next(gen)
err = ValueError(o)
print(gen.throw(err), rc(err))
print(next(gen), rc(err))
def h():
    x = o
    raise KeyError(x)
    yield
try:
    next(h())
except KeyError as k:
    print(rc(k), rc(o))
    kk = k
print(rc(kk), rc(o))
kk.__traceback__ = None
print(rc(o))
def stop():
    yield o
    return o
sg = stop()
next(sg)
try:
    next(sg)
except StopIteration as si:
    print(si.value is o, rc(o))
    saved = si
print(rc(o))
