# Generators, frames and code: identity of what they expose.
import sys
def gen():
    f = sys._getframe()
    yield f
    yield sys._getframe()
g = gen()
f1 = next(g)
f2 = next(g)
print(f1 is f2, g.gi_frame is f1, g.gi_code is gen.__code__, f1.f_code is gen.__code__)
def outer():
    return sys._getframe(), sys._getframe()
a, b = outer()
print(a is b, a.f_back is sys._getframe())
print(sys._getframe() is sys._getframe(), sys._getframe().f_globals is globals(), sys._getframe().f_builtins is __builtins__.__dict__)
def lo():
    x = 1
    return sys._getframe().f_locals is sys._getframe().f_locals
print(lo())
print(gen.__code__ is gen.__code__, gen.__code__.co_consts is gen.__code__.co_consts, gen.__code__.co_code is gen.__code__.co_code)
def co():
    yield
c1, c2 = co(), co()
print(c1.gi_code is c2.gi_code, c1 is c2, c1.gi_frame is c2.gi_frame)
print(iter(c1) is c1, c1.__next__ is c1.__next__, c1.send == c1.send)
t = sys.exc_info()
print(t[0] is None, t is sys.exc_info())
try:
    raise KeyError('k')
except KeyError as e:
    print(sys.exc_info()[1] is e, sys.exception() is e, e.__traceback__ is sys.exc_info()[2], e.__traceback__.tb_frame is sys._getframe())
