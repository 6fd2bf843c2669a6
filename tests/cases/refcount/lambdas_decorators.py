# Refcounts of lambdas, objects they capture, and decorated functions (the decorator's return value).
import sys
rc = sys.getrefcount
o = object()
f = lambda: o
print(rc(f), rc(o))
g = lambda x=o: x
print(rc(o))
h = (lambda y: lambda: y)(o)
print(rc(o))
del f, g, h
print(rc(o))
registry = []
def register(fn):
    registry.append(fn)
    return fn
@register
def a():
    pass
print(rc(a))
def replace(fn):
    return o
@replace
def b():
    pass
print(b is o, rc(o))
def twice(fn):
    return fn
@twice
@twice
def c():
    pass
print(rc(c))
class K:
    @register
    def m(self):
        pass
print(rc(K.m))
