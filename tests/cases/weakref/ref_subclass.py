# Subclasses of weakref.ref: extra attributes, __init__, __call__, callbacks.
import weakref


class C:
    pass


class NamedRef(weakref.ref):
    def __init__(self, obj, callback=None, name=None):
        super().__init__(obj, callback)
        self.name = name


class SlotRef(weakref.ref):
    __slots__ = ('tag',)


class NewRef(weakref.ref):
    def __new__(cls, obj, *args):
        self = super().__new__(cls, obj)
        self.extra = args
        return self
    def __init__(self, obj, *args):
        super().__init__(obj)


c = C()
n = NamedRef(c, None, name='first')
print(n.name, n() is c, type(n).__name__, isinstance(n, weakref.ref))
print(n.__dict__)
s = SlotRef(c)
s.tag = 'slot'
print(s.tag, hasattr(s, '__dict__'))
nr = NewRef(c, 1, 2)
print(nr.extra, nr() is c)
print(weakref.getweakrefcount(c))
calls = []
n2 = NamedRef(c, lambda r: calls.append(r.name), name='with callback')
print(n2 is n)
del c
print(calls, n(), s(), nr())


class Deref(weakref.ref):
    def __call__(self):
        obj = super().__call__()
        return 'deref:' + type(obj).__name__


d = C()
print(Deref(d)())
del d


class Eq(weakref.ref):
    pass


e = C()
print(Eq(e) == weakref.ref(e), hash(Eq(e)) == hash(weakref.ref(e)))
try:
    class Bad(weakref.ref):
        __slots__ = ('__weakref__',)
except TypeError as ex:
    print('TypeError:', ex)
print('end')
