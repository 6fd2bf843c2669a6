# Refcounts of returned objects: fresh, from globals, from containers, discarded.
import sys
rc = sys.getrefcount
o = object()
def ret_global():
    return o
def ret_new():
    return object()
def ret_tuple():
    return o, o
def ret_list():
    return [o]
print(rc(ret_global()), rc(ret_new()), rc(o))
t = ret_tuple()
print(rc(t), rc(o))
del t
print(rc(o))
ret_list()
print(rc(o))
l = ret_list()
print(rc(l), rc(o))
def ret_arg(x):
    return x
print(rc(ret_arg(o)), rc(ret_arg(object())))
def ret_local():
    x = [1, 2]
    return x
print(rc(ret_local()))
r = ret_local()
print(rc(r))
def nested():
    return ret_arg(ret_arg(o))
print(rc(nested()))
lam = lambda: o
print(rc(lam()))
