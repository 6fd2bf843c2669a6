# Instance sizes with and without __slots__, with __dict__/__weakref__ slots, and inheritance.
import sys


class Plain:
    pass


class S0:
    __slots__ = ()


class S1:
    __slots__ = ('a',)


class S3:
    __slots__ = ('a', 'b', 'c')


class SD:
    __slots__ = ('a', '__dict__')


class SW:
    __slots__ = ('a', '__weakref__')


class SDW:
    __slots__ = ('__dict__', '__weakref__')


class Sub(S3):
    pass


class SubS(S3):
    __slots__ = ('d',)


class PlainSub(Plain):
    x = 1


for cls in [Plain, S0, S1, S3, SD, SW, SDW, Sub, SubS, PlainSub]:
    o = cls()
    print(cls.__name__, sys.getsizeof(o), o.__sizeof__(), cls.__basicsize__, cls.__itemsize__, sys.getsizeof(cls) > 0)
o = S3()
o.a = [1] * 100
print('slot value not counted', sys.getsizeof(o))
p = Plain()
for i in range(50):
    setattr(p, 'x%d' % i, i)
print('attrs not counted', sys.getsizeof(p))
sd = SD()
sd.z = 1
print('slot dict', sys.getsizeof(sd), sys.getsizeof(sd.__dict__))
print('object()', sys.getsizeof(object()), object().__sizeof__())


class WithSizeof:
    def __sizeof__(self):
        return 100


class WithSizeofSlots:
    __slots__ = ()

    def __sizeof__(self):
        return 100


print('user __sizeof__', sys.getsizeof(WithSizeof()), sys.getsizeof(WithSizeofSlots()))
