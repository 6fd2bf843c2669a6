# Refcounts of objects captured in cells by closures, nonlocal rebinding and the cells themselves.
import sys
rc = sys.getrefcount
o = object()
def outer(v):
    def inner():
        return v
    return inner
f = outer(o)
print(rc(o))
g = outer(o)
print(rc(o))
cell = f.__closure__[0]
print(rc(cell), cell.cell_contents is o)
print(rc(o))
del f
print(rc(cell), rc(o))
del g
print(rc(cell), rc(o))
del cell
print(rc(o))
def counter():
    n = o
    def set_(x):
        nonlocal n
        n = x
    def get():
        return n
    return set_, get
s, gt = counter()
print(rc(o))
s(None)
print(rc(o))
s(o)
print(rc(o))
del s, gt
print(rc(o))
def shared():
    x = o
    a = lambda: x
    b = lambda: x
    print(rc(o), a.__closure__[0] is b.__closure__[0], rc(a.__closure__[0]))
shared()
def local_cell():
    y = object()
    def use():
        return y
    print(rc(y))
    del use
    print(rc(y))
local_cell()
