# weakref over _weakref: ref, proxy, WeakMethod, the weak containers, which types can be weakly referenced.
import weakref, sys
class A:
    def m(self): return 'm'
a = A()
r = weakref.ref(a)
p = weakref.proxy(a)
print(type(r).__name__, r() is a, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(p.m(), type(p).__name__)
wm = weakref.WeakMethod(a.m)
print(wm()())
wvd = weakref.WeakValueDictionary()
wvd['k'] = a
wkd = weakref.WeakKeyDictionary()
wkd[a] = 1
ws = weakref.WeakSet([a])
print(len(wvd), len(wkd), len(ws))
del a
print(r(), len(wvd), len(wkd), len(ws), wm())
try:
    p.m()
except ReferenceError as e:
    print('ReferenceError:', e)
for t in (int, str, tuple, list, dict, set, object):
    try:
        weakref.ref(t())
        print(t.__name__, 'ok')
    except TypeError as e:
        print(e)
class S:
    __slots__ = ('x',)
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
class W:
    __slots__ = ('x', '__weakref__')
print(weakref.ref(W()) is not None)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A)
b = A()
r1 = weakref.ref(b); r2 = weakref.ref(b)
print(r1 is r2, hash(r1) == hash(b), r1 == r2)
r3 = weakref.ref(b, lambda x: None)
print(r3 is r1, weakref.getweakrefcount(b))
cp = weakref.proxy(f)
print(type(cp).__name__, callable(cp))
print(sys.getsizeof(r1), sys.getsizeof(p))
import types
for args in [(), (1,), (print, None), (1, 2), (print, 1, 2)]:
    try:
        print(types.MethodType(*args))
    except TypeError as e:
        print('TypeError:', e)
m = types.MethodType(len, 'abc')
print(m(), m.__self__, m.__func__ is len)
