# weakref.ref(o) without a callback is shared; refs with callbacks and subclasses are not.
import weakref
import sys


class C:
    pass


o = C()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2)
print(weakref.getweakrefcount(o))
r3 = weakref.ref(o, None)
print('callback None shares too:', r3 is r1)
r4 = weakref.ref(o, lambda r: None)
r5 = weakref.ref(o, lambda r: None)
print(r4 is r1, r4 is r5)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(len(refs), refs[0] is r1)
print([r is r1 for r in refs], [r is r4 for r in refs], [r is r5 for r in refs])
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print('proxies shared:', p1 is p2)
print(weakref.getweakrefcount(o))
del r1, r2, r3
print(weakref.getweakrefcount(o))
r6 = weakref.ref(o)
print('new basic ref after the old died', weakref.getweakrefs(o)[0] is r6)


class MyRef(weakref.ref):
    pass


m1 = MyRef(o)
m2 = MyRef(o)
print('subclass instances:', m1 is m2, type(m1).__name__)
print(weakref.getweakrefcount(o))
print(sys.getrefcount(r6))
del o
print(weakref.getweakrefcount(C()), weakref.getweakrefs(C()))
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
print('end')
