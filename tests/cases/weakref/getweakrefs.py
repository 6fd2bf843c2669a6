# getweakrefcount and getweakrefs: which refs are listed, in which order.
import weakref


class C:
    pass


o = C()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))
cbs = [weakref.ref(o, lambda r, i=i: None) for i in range(3)]
basic = weakref.ref(o)
prox = weakref.proxy(o)
cprox = weakref.proxy(o, lambda r: None)
refs = weakref.getweakrefs(o)
print(weakref.getweakrefcount(o), len(refs))
print(refs[0] is basic, refs[1] is prox)
print([type(r).__name__ for r in refs])
print([r is c for r, c in zip(refs[2:], reversed(cbs))])
del cbs[1]
print(weakref.getweakrefcount(o))
del basic
print(weakref.getweakrefcount(o))
print([type(r).__name__ for r in weakref.getweakrefs(o)])
del o
print(weakref.getweakrefcount(prox) if False else 'o dead')
print(len(cbs), [r() for r in cbs])


def f():
    pass


r = weakref.ref(f)
print(weakref.getweakrefcount(f))
print(weakref.getweakrefs(f)[0] is r)
s = {1}
rs = weakref.ref(s)
print(weakref.getweakrefcount(s))
try:
    weakref.getweakrefcount()
except TypeError as e:
    print('TypeError:', e)
print('end')
