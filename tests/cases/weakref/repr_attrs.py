# repr of refs and proxies, alive and dead; the ref type's attributes.
import weakref


class C:
    pass


def func():
    pass


c = C()
r = weakref.ref(c)
print(repr(r).split(';')[1])
del c
print(repr(r).split(';')[1])
rf = weakref.ref(func)
print(repr(rf).split(';')[1])
rt = weakref.ref(C)
print(repr(rt).split(';')[1])
rs = weakref.ref({1})
print(repr(rs).split(';')[1])
s = {2}
rs = weakref.ref(s)
print(repr(rs).split(';')[1])


class Named:
    __name__ = 'custom name'


n = Named()
print(repr(weakref.ref(n)).split(';')[1])
print(weakref.ref is weakref.ReferenceType, weakref.ref.__name__, weakref.ref.__module__)
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__)
print(type(weakref.proxy(n)).__module__)
print(r.__callback__, type(r).__mro__)
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    r(1)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref()
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref(n, None, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref(n, callback=None)
except TypeError as e:
    print('TypeError:', e)
print('end')
