# Refcounts of context managers and the values bound by with ... as, inside and after the block.
import sys
rc = sys.getrefcount
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
cm = CM()
print(rc(cm))
with cm:
    print(rc(cm))
print(rc(cm))
with cm as c:
    print(rc(cm))
print(rc(cm))
del c
o = object()
class CM2:
    def __enter__(self):
        return o
    def __exit__(self, t, v, tb):
        print('exit', rc(o), t is None)
        return True
with CM2() as v:
    print(rc(o))
print(rc(o))
with CM2() as v:
    raise ValueError
print(rc(o))
def f():
    with CM() as x:
        return rc(x)
print(f())
class CM3:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(rc(v))
        return True
with CM3():
    raise KeyError('k')
