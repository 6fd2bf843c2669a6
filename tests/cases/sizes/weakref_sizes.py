# weakref objects: ref (with and without a callback), proxies, and the objects they point to.
import sys, weakref


class C:
    pass


class S:
    __slots__ = ('__weakref__',)


c = C()
s = S()
r1 = weakref.ref(c)
r2 = weakref.ref(c, lambda r: None)
p = weakref.proxy(c)
cp = weakref.proxy(lambda: 0)
print('ref', sys.getsizeof(r1), r1.__sizeof__(), sys.getsizeof(r2))
print('proxy', sys.getsizeof(p), sys.getsizeof(weakref.ref(s)))
print('referents', sys.getsizeof(c), sys.getsizeof(s))
wd = weakref.WeakValueDictionary()
print('WeakValueDictionary', sys.getsizeof(wd) > 0)
wm = weakref.WeakMethod(C().__init__) if False else None
print('finalize', sys.getsizeof(weakref.finalize(c, print)) > 0)
print('KeyedRef', sys.getsizeof(weakref.KeyedRef(c, None, 'k')))
