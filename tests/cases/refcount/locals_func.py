# Refcounts of objects bound to function locals (LOAD_FAST slots), rebinding and del.
import sys
rc = sys.getrefcount
def f():
    x = object()
    print(rc(x))
    y = x
    print(rc(x))
    z = y
    print(rc(x))
    del y
    print(rc(x))
    z = None
    print(rc(x))
    lst = [x]
    print(rc(x), rc(lst))
    a = b = c = x
    print(rc(x))
    del a, b
    print(rc(x))
    return x
r = f()
print(rc(r))
def g(n):
    objs = [object() for _ in range(n)]
    first = objs[0]
    print(rc(first), rc(objs))
    objs.clear()
    print(rc(first))
g(3)
def h():
    s = 'abc' * 100
    t = s
    print(rc(s), rc(t))
    u = s + ''
    print(rc(s), u is s)
h()
