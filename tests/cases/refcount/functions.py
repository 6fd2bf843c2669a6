# Refcounts of function objects, their __code__, __globals__, __name__, __qualname__, __dict__ and closures.
import sys
rc = sys.getrefcount
def f():
    pass
print(rc(f), rc(f.__code__))
g = f
print(rc(f))
del g
print(rc(f.__globals__) > 3, f.__globals__ is globals())
print(rc(f.__name__), rc(f.__qualname__))
f.attr = [1]
print(rc(f.attr), rc(f.__dict__))
code = f.__code__
print(rc(code))
def f2():
    pass
f2.__code__ = code
print(rc(code))
del f2
print(rc(code))
lst = [f] * 3
print(rc(f))
del lst
def outer():
    def inner():
        pass
    return inner
i1 = outer()
i2 = outer()
print(i1 is i2, i1.__code__ is i2.__code__, rc(i1.__code__), rc(i1))
print(rc(outer.__code__))
def deco(fn):
    return fn
@deco
def h():
    pass
print(rc(h))
import functools
def wrapper_deco(fn):
    @functools.wraps(fn)
    def w():
        return fn()
    return w
@wrapper_deco
def k():
    pass
print(rc(k), rc(k.__wrapped__))
