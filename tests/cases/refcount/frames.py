# Refcounts of frame objects from sys._getframe(), f_back, f_locals and what frames hold.
import sys
rc = sys.getrefcount
def f():
    fr = sys._getframe()
    print(rc(fr))
    fr2 = sys._getframe()
    print(fr is fr2, rc(fr))
    back = fr.f_back
    print(rc(back))
    code = fr.f_code
    print(code is f.__code__, rc(code) - rc(f.__code__))
    return fr
fr = f()
print(rc(fr))
print(fr.f_back is sys._getframe(), rc(fr.f_back))
def g():
    x = object()
    loc = sys._getframe().f_locals
    print(rc(x), rc(loc))
    loc2 = sys._getframe().f_locals
    print(loc is loc2, rc(loc))
    return rc(x)
print(g())
def h():
    y = object()
    fr = sys._getframe()
    print(rc(y))
    return fr
fr3 = h()
print(rc(fr3), sorted(fr3.f_locals))
mf = sys._getframe()
print(rc(mf), mf.f_locals is globals())
print(mf.f_builtins is __builtins__.__dict__)
