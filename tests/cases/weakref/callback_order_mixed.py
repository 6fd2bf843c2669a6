# Callback order with basic refs, proxies and subclass refs mixed: newest first, basic ones included.
import weakref


class C:
    pass


class MyRef(weakref.ref):
    pass


c = C()
log = []
r_cb1 = weakref.ref(c, lambda r: log.append('ref cb 1'))
p_cb = weakref.proxy(c, lambda r: log.append('proxy cb'))
m_cb = MyRef(c, lambda r: log.append('subclass cb'))
basic = weakref.ref(c)
basic_proxy = weakref.proxy(c)
r_cb2 = weakref.ref(c, lambda r: log.append('ref cb 2'))
print([type(r).__name__ for r in weakref.getweakrefs(c)])
del c
print(log)
d = C()
order = []
refs = [weakref.ref(d, lambda r, i=i: order.append(i)) for i in range(5)]
del refs[2]
del d
print(order)
e = C()
seen = []
def cb(r):
    seen.append(weakref.getweakrefcount(e) if False else r.__callback__)
r = weakref.ref(e, cb)
del e
print(seen)
print('end')
