# sys.getsizeof itself: the default argument, user __sizeof__ results (ints, bools, int
# subclasses, negative, non-int, huge), and what is added for GC / managed-dict types.
import sys


class Good:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class NoDict:
    __slots__ = ('n',)

    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


for n in [0, 1, 100, True, 2**40]:
    print(n, sys.getsizeof(Good(n)), sys.getsizeof(NoDict(n)))
for bad in [-1, 1.5, '3', None, 2**63, 2**64]:
    try:
        print(repr(bad), sys.getsizeof(Good(bad)))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
    try:
        print(repr(bad), sys.getsizeof(Good(bad), 'default'))
    except Exception as e:
        print(repr(bad), 'with default', type(e).__name__, e)


class I(int):
    pass


print(sys.getsizeof(Good(I(10))))


class Raises:
    def __sizeof__(self):
        raise KeyError('nope')


try:
    sys.getsizeof(Raises(), 5)
except KeyError as e:
    print('KeyError', e)
print(sys.getsizeof(1, 99), sys.getsizeof([], None))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)
try:
    sys.getsizeof(obj=1)
except TypeError as e:
    print(e)
print(sys.getsizeof(object=[1]))


class Meta(type):
    def __sizeof__(cls):
        return 7


class WithMeta(metaclass=Meta):
    pass


print(sys.getsizeof(WithMeta))
