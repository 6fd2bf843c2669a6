# abc.ABCMeta over the native _abc module: abstract methods, register, the caches, the cache
# token, _dump_registry, and the pattern-matching flags collections.abc gives Sequence and Mapping.
import abc, sys, io, collections.abc as cabc, _abc

class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__), type(Base._abc_impl).__name__, type(Base._abc_impl).__module__)
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def f(self): return 1
print(sorted(Half.__abstractmethods__))
class Full(Half):
    p = 3
print(Full.__abstractmethods__, Full().f(), Full().p)

tok = abc.get_cache_token()
class Virtual: pass
print(Base.register(Virtual) is Virtual, abc.get_cache_token() == tok + 1)
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), issubclass(int, Base))
print(Base.register(Full) is Full, abc.get_cache_token() == tok + 1)
try:
    Virtual.register
except AttributeError as e:
    print(e)
class ABase(metaclass=abc.ABCMeta): pass
class ASub(ABase): pass
try:
    ASub.register(ABase)
except RuntimeError as e:
    print(e)
try:
    ABase.register(3)
except TypeError as e:
    print(e)
try:
    issubclass(3, ABase)
except TypeError as e:
    print(e)
reg, cache, neg, ver = _abc._get_dump(Base)
print(len(reg), sorted(c().__class__.__name__ for c in (r() for r in cache) if c is not None), ver == abc.get_cache_token())
out = io.StringIO()
sys.stdout, saved = out, sys.stdout
ABase._dump_registry()
sys.stdout = saved
print(out.getvalue().splitlines()[0])
_abc._reset_caches(Base); _abc._reset_registry(Base)
print(issubclass(Virtual, Base), [len(s) for s in _abc._get_dump(Base)[:3]])

class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, 'quack') else NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook))
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1
try:
    issubclass(int, Bad)
except AssertionError as e:
    print(e)

class MySeq(cabc.Sequence):
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
class MyMap(cabc.Mapping):
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
    def __getitem__(self, k):
        if k != 'k': raise KeyError(k)
        return 'v'
for obj in [MySeq(), MyMap(), [1, 2], {'k': 1}]:
    match obj:
        case {'k': v}: print('mapping', v)
        case [a, b]: print('sequence', a, b)
        case _: print('neither')
class Reg:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return 'r'
cabc.Sequence.register(Reg)
match Reg():
    case [a, b]: print('registered sequence', a, b)
    case _: print('no')
class Both(dict): __abc_tpflags__ = 1 << 5
try:
    class BadFlags(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(e)
print('__abc_tpflags__' in vars(cabc.Sequence), sys.getrefcount(Base._abc_impl), sys.getsizeof(Base._abc_impl))
print(isinstance([], cabc.Iterable), isinstance(3, cabc.Hashable), issubclass(list, cabc.MutableSequence), isinstance({}.keys(), cabc.Set))
for f, a, k in [(_abc._abc_init, (), {}), (_abc._get_dump, (1, 2), {}), (_abc._abc_register, (1,), {}), (_abc._abc_subclasscheck, (1, 2, 3), {}),
                (_abc.get_cache_token, (1,), {}), (_abc._reset_caches, (), {}), (_abc._abc_init, (), {'x': 1}), (_abc._abc_register, (), {'x': 1}),
                (_abc.get_cache_token, (), {'x': 1})]:
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)
