# getweakrefcount and getweakrefs for many kinds of objects, with refs of several kinds.
import weakref


class C:
    pass


def f():
    pass


objs = [C(), f, {1}, frozenset({2}), C, weakref]
for o in objs:
    a = weakref.ref(o)
    b = weakref.ref(o, lambda r: None)
    p = weakref.proxy(o)
    print(type(o).__name__, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)),
          [type(r).__name__ for r in weakref.getweakrefs(o)] == ['weakref.ReferenceType', 'weakref.ProxyType' if not callable(o) else 'weakref.CallableProxyType', 'weakref.ReferenceType'])
    del a, b, p
    print(weakref.getweakrefcount(o) >= 0)
for o in (1, 'x', None, (), [], {}):
    print(type(o).__name__, weakref.getweakrefcount(o), weakref.getweakrefs(o))
print('end')
