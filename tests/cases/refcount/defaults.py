# Refcounts of default values held in __defaults__ / __kwdefaults__.
import sys
rc = sys.getrefcount
o = object()
def f(a=o, b=o):
    return rc(a)
print(rc(o), f())
def g(*, k=o):
    pass
print(rc(o))
print(rc(f.__defaults__))
f.__defaults__ = None
print(rc(o))
g.__kwdefaults__ = {}
print(rc(o))
def mk(x):
    def inner(y=x):
        return y
    return inner
fs = [mk(o) for _ in range(3)]
print(rc(o))
del fs
print(rc(o))
def mutable(lst=[]):
    lst.append(1)
    return lst
r = mutable()
print(rc(r))
print(rc(mutable.__defaults__[0]))
lam = lambda x=o: x
print(rc(o))
del lam
print(rc(o))
