# Sizes of classes (heap types with and without cached shared keys, static types, metaclasses)
# and of modules.
import sys


class A:
    pass


class B:
    __slots__ = ()


class C(A):
    def __init__(self):
        self.a = 1


class Meta(type):
    pass


class M(metaclass=Meta):
    pass


class I(int):
    pass


class E(Exception):
    pass


print('classes', sys.getsizeof(A), sys.getsizeof(B), sys.getsizeof(C), sys.getsizeof(M), sys.getsizeof(I), sys.getsizeof(E))
print('__sizeof__', A.__sizeof__(A), type.__sizeof__(B), type.__sizeof__(int))
C()
print('after instance', sys.getsizeof(C))
print('static', sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object), sys.getsizeof(dict), sys.getsizeof(Exception))
import types
print('modules', sys.getsizeof(sys), sys.getsizeof(types), sys.getsizeof(types.ModuleType('m')), types.ModuleType('m').__sizeof__())
print('module dict', sys.getsizeof(types.ModuleType('m').__dict__))
X = type('X', (), {})
Y = type('Y', (), {'__slots__': ('a', 'b')})
print('type()', sys.getsizeof(X), sys.getsizeof(Y), sys.getsizeof(Y()))
