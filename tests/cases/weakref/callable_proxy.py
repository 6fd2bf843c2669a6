# Proxies to callables are CallableProxyType.
import weakref


def f(a, b=2):
    return a + b


class K:
    def __call__(self, *args, **kw):
        return ('called', args, sorted(kw))


p = weakref.proxy(f)
print(type(p).__name__, type(p) is weakref.CallableProxyType, callable(p))
print(p(1), p(1, b=5), p.__name__)
k = K()
pk = weakref.proxy(k)
print(type(pk).__name__, pk(1, 2, z=3))


class NotCallable:
    pass


n = NotCallable()
pn = weakref.proxy(n)
print(type(pn).__name__, callable(pn))
try:
    pn()
except TypeError as e:
    print('TypeError:', e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
print(isinstance(p, weakref.ProxyTypes))
del k
try:
    pk()
except ReferenceError as e:
    print('ReferenceError:', e)
print(repr(p).startswith('<weakproxy at 0x'), 'to function' in repr(p))
print(repr(pk).split(' to ')[1].split(' at ')[0])
cb_calls = []
c = K()
pc = weakref.proxy(c, cb_calls.append)
del c
print(len(cb_calls), cb_calls[0] is pc)
print('end')
