# A frame object that outlives its frame keeps the frame's locals, f_locals and function alive.
import sys
rc = sys.getrefcount
o = object()
def f(arg):
    local = [arg]
    return sys._getframe()
fr = f(o)
print(rc(o), sorted(fr.f_locals), fr.f_lineno, fr.f_lasti > 0)
lst = fr.f_locals['local']
print(rc(lst), rc(fr))
d = fr.f_locals
print(d is fr.f_locals, rc(d))
fr.clear()
print(rc(o), rc(lst), sorted(fr.f_locals))
del fr
print(rc(d))
def g():
    return sys._getframe()
base = rc(g)
fr2 = g()
print(rc(g) - base, fr2.f_back is sys._getframe())
del fr2
print(rc(g) - base)
def h():
    y = o
    fr = sys._getframe()
    return 1
h()
print(rc(o))
def k():
    z = o
    return [sys._getframe()]
held = k()
print(rc(o), rc(held[0].f_code) - rc(k.__code__))
del held
print(rc(o))
def running():
    fr = sys._getframe()
    return rc(fr)
print(running())
