# Refcounts of keyword arguments, defaults and keyword-only parameters.
import sys
rc = sys.getrefcount
o = object()
def kw(a=None, b=None):
    return rc(a), rc(b)
print(kw(a=o), kw(b=o), kw(o, b=o))
def kwonly(*, k):
    return rc(k)
print(kwonly(k=o))
def kwdefault(*, k=o):
    return rc(k)
print(kwdefault(), rc(o))
def default(x=o):
    return rc(x)
print(default(), default(o))
d = {'a': o}
print(kw(**d), rc(o))
def outer():
    return kw(a=o, b=o)
print(outer())
print(rc(kw.__defaults__), rc(kwdefault.__kwdefaults__))
kwd = kwdefault.__kwdefaults__
print(rc(kwd))
