# Refcounts of the dict locals() returns inside functions (the frame's f_locals) and what it holds.
import sys
rc = sys.getrefcount
o = object()
def f():
    a = o
    d = locals()
    print(rc(o), rc(d), 'a' in d)
    d2 = locals()
    print(d is d2, rc(d))
    b = o
    locals()
    print(rc(o), sorted(d))
    del d2
    return rc(d)
print(f())
print(rc(o))
def g():
    x = o
    return locals()
r = g()
print(rc(r), rc(o), sorted(r))
def h(**kw):
    return rc(kw)
dd = {'a': 1}
print(h(**dd), rc(dd))
def h2(*args):
    return args
t = (o, o)
print(h2(*t) is t, rc(t))
