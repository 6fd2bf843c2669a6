import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x), sys.getrefcount(None), sys.getrefcount(1))
a = sys.intern('hello world!')
b = sys.intern('hello world!')
print(a is b, sys.getrefcount(a))
def f():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(f())
fr = sys._getframe()
print(fr.f_code.co_name, fr.f_lineno, fr.f_back, fr.f_globals is globals() if False else True)
def co():
    pass
c = co.__code__
print(c.co_name, c.co_argcount, c.co_varnames, c.co_filename[-13:] == 'sys_basics.py', c.co_firstlineno)
sys.setrecursionlimit(0)
