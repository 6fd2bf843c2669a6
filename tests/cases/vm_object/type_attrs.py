# The layout and metadata attributes of types: __flags__, __basicsize__, __itemsize__,
# __dictoffset__, __weakrefoffset__, __text_signature__, __annotations__, __type_params__,
# mro(), __subclasses__(); __getattribute__ in the builtin types' dicts.
import sys


class A:
    pass


class B(A):
    __slots__ = ('x',)


class C:
    __slots__ = ('a', 'b')


class D(int):
    pass


class E(Exception):
    pass


class F(C):
    pass


class G(tuple):
    pass


class H(str):
    pass


class M(type):
    pass


class S(C):
    __slots__ = ('__dict__',)


class W(C):
    __slots__ = ('__weakref__',)


class L(list):
    pass


class Callable(type):
    def __call__(cls):
        return 1


A()
B().x = 1
types = [object, type, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set, frozenset, range, slice,
         type(None), type(NotImplemented), BaseException, Exception, ValueError, OSError, SyntaxError, StopIteration, KeyError,
         UnicodeDecodeError, BaseExceptionGroup, property, staticmethod, classmethod, super, type(len),
         type(lambda: 0), type(sys), type(A().__init__), type(iter([])), type(iter(())), type(iter('')), type(iter({})),
         type(iter(range(2))), type((x for x in [])), type(int.__add__), type(str.join), type((1).__add__),
         type(A.__dict__), type(B.x), type(sys._getframe()), enumerate, zip, map, filter, reversed,
         A, B, C, D, E, F, G, H, M, S, W, L, Callable]
for t in types:
    print(t.__name__, t.__flags__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__, t.__text_signature__)

# a class's version tag appears once its attributes are looked up, and goes with an assignment
class V:
    pass


print(V.__flags__ & (1 << 19))
V.x = 1
V().x
print(V.__flags__ & (1 << 19))
V.x = 2
print(V.__flags__ & (1 << 19))

for t in (int, str, list, dict, tuple, float, object, type, BaseException, bool, type(None), slice, range, set):
    print(t.__name__, '__getattribute__' in t.__dict__, '__setattr__' in t.__dict__, '__repr__' in t.__dict__)
print(sorted(k for k in bool.__dict__ if k != '__new__'))
for t in (ValueError, KeyError, OSError, Exception, BaseException):
    print(t.__name__, [k for k in ('__str__', '__repr__', '__getattribute__', '__setattr__') if k in t.__dict__])

# mro() and __subclasses__()
class P:
    pass


class Q(P):
    pass


class R(P):
    pass


class T(Q, R):
    pass


print(T.mro(), type(T.mro()).__name__, T.mro() == list(T.__mro__))
print(int.mro(), bool.mro(), object.mro(), type.mro(type))
print(P.__subclasses__(), T.__subclasses__(), bool.__subclasses__())
print([c.__name__ for c in int.__subclasses__()])
try:
    type.mro()
except TypeError as e:
    print(e)
try:
    type.__subclasses__(5)
except TypeError as e:
    print(e)

# __annotations__
class Ann:
    __annotations__ = {'x': int, 'y': 'str'}


print(Ann.__annotations__, A.__annotations__, '__annotations__' in A.__dict__)
A.__annotations__ = {'z': 1}
print(A.__annotations__)
del A.__annotations__
try:
    del A.__annotations__
except AttributeError as e:
    print('AttributeError', e)
for t in (int, type, object):
    try:
        t.__annotations__
    except AttributeError as e:
        print('AttributeError', e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print(e)

# __type_params__
print(A.__type_params__, int.__type_params__)
A.__type_params__ = (1,)
print(A.__type_params__, A.__dict__['__type_params__'])
A.__type_params__ = 5
print(A.__type_params__)
for stmt in ("del A.__type_params__", "int.__type_params__ = ()", "del int.__type_params__"):
    try:
        exec(stmt)
    except TypeError as e:
        print(e)
try:
    int.__flags__ = 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    A.__basicsize__ = 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
for stmt in ("A.__flags__ = 1", "del A.__itemsize__", "A.__mro__ = ()", "A.__base__ = object", "A.__dictoffset__ = 0", "A.__weakrefoffset__ = 0"):
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
