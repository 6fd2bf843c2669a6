# object.__sizeof__ called on objects whose type has an item size: ints (3.12 keeps lv_tag in
# ob_size), classes with __slots__ members, tuples and bytes.
import sys

for v in [0, 1, -1, 7, 2**30, -(2**30), 2**100, True, False]:
    print(v, object.__sizeof__(v), int.__sizeof__(v))


class Slots:
    __slots__ = ('a', 'b', 'c')


class More(Slots):
    __slots__ = ('d',)


class Plain:
    pass


for t in [Slots, More, Plain, int, type]:
    print(t.__name__, object.__sizeof__(t), type.__sizeof__(t))
print(object.__sizeof__((1, 2, 3)), object.__sizeof__(b'abcd'), object.__sizeof__('abc'), object.__sizeof__([1, 2]))
print(object.__sizeof__({}), object.__sizeof__(1.5), object.__sizeof__(None))
