# Weak references to classes, functions and modules that stay alive; getweakrefs on them.
import weakref
import sys


class K:
    pass


rk = weakref.ref(K)
print(rk() is K, weakref.getweakrefcount(K))
pk = weakref.proxy(K)
print(pk.__name__, pk() .__class__.__name__, isinstance(pk(), K))
rint = weakref.ref(int)
print(rint() is int, rint()(5))
rsys = weakref.ref(sys)
print(rsys().__name__)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(weakref.ref(WithMeta)() is WithMeta)
print(weakref.ref(Meta)() is Meta)


def f():
    return 'f'


pf = weakref.proxy(f)
print(pf(), pf.__name__, type(pf).__name__)
print(weakref.ref(f) is weakref.ref(f), weakref.ref(K) is rk)
print(len(weakref.getweakrefs(K)), len(weakref.getweakrefs(f)))
print(weakref.ref(print)() is print, weakref.ref(len) is weakref.ref(len))
print('end')
