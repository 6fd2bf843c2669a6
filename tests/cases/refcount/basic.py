# sys.getrefcount of objects held by names, containers, attributes, arguments, closures,
# exceptions, generators, defaults, classes (their descriptors hold them) and weak references.
import sys
rc = sys.getrefcount
class A:
    def m(self): pass
a = A()
print(rc(a))
b = [a, a]
print(rc(a))
d = {'k': a}
print(rc(a))
a.self = a
print(rc(a))
del a.self
def f(x):
    return rc(x)
print(f(a))
def g(*args):
    return rc(args[0])
print(g(a))
m = a.m
print(rc(a), rc(m))
del m
print(rc(A), rc(A.m))
t = (a,)
print(rc(a), rc(t))
x = object()
print(rc(x))
def outer():
    y = object()
    def inner():
        return y
    return rc(y), inner
print(outer()[0])
try:
    raise ValueError('x')
except ValueError as e:
    print(rc(e))
print(rc([]), rc(()), rc(''), rc(None), rc(1000), rc(1.5))
s = 'a' * 10
print(rc(s))
s2 = sys.intern('hello_world_x')
print(rc(s2))
print(rc(f), rc(f.__code__), rc(A.__dict__))
gen = (i for i in range(3))
print(rc(gen))
for item in [a]:
    print(rc(item))
lst = [object() for _ in range(3)]
print([rc(o) for o in lst])
class B:
    x = []
print(rc(B.x))
def h(default=[]):
    return default
print(rc(h.__defaults__[0]))
import weakref
w = weakref.ref(a)
print(rc(a), weakref.getweakrefcount(a))
k = 10 ** 20
print(rc(k))
print(rc(A.m), rc(a.m))
fr = sys._getframe()
print(rc(fr))
