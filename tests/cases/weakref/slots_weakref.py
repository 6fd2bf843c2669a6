# __weakref__ in __slots__, and the classes that cannot have it.
import weakref


class NoWeak:
    __slots__ = ('a',)


class Weak:
    __slots__ = ('a', '__weakref__')


class Sub(NoWeak):
    pass


class SubSlots(NoWeak):
    __slots__ = ('__weakref__',)


try:
    weakref.ref(NoWeak())
except TypeError as e:
    print('TypeError:', e)
w = Weak()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
print(weakref.ref(Sub()) is not None, weakref.ref(SubSlots()) is not None)
print('__weakref__' in Weak.__dict__, '__weakref__' in Sub.__dict__, '__weakref__' in NoWeak.__dict__)
print(type(Weak.__dict__['__weakref__']).__name__)
for base in (int, tuple, bytes, str, float, list, dict, object):
    try:
        type('X', (base,), {'__slots__': ('__weakref__',)})
        print(base.__name__, 'allowed')
    except TypeError as e:
        print(base.__name__, 'TypeError:', e)
try:
    class Twice:
        __slots__ = ('__weakref__', '__weakref__')
except TypeError as e:
    print('TypeError:', e)
try:
    class Again(Weak):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print('TypeError:', e)


class IntSub(int):
    pass


class TupleSub(tuple):
    pass


print(weakref.ref(IntSub(5))() is None, weakref.ref(TupleSub())() is None)


class Plain:
    pass


p = Plain()
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
r2 = weakref.ref(p, lambda x: None)
print(p.__weakref__ is r)
del r
print(p.__weakref__ is r2)
try:
    p.__weakref__ = 1
except AttributeError as e:
    print('AttributeError:', e)
print('end')
