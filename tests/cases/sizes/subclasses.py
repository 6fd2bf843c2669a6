# Instances of subclasses of builtin types, with and without __slots__: the base's size plus
# the GC header / managed dict pre-header the subclass adds.
import sys


class I(int):
    pass


class IS(int):
    __slots__ = ()


class S(str):
    pass


class SS(str):
    __slots__ = ()


class L(list):
    pass


class LS(list):
    __slots__ = ('a',)


class D(dict):
    pass


class DS(dict):
    __slots__ = ()


class T(tuple):
    pass


class TS(tuple):
    __slots__ = ()


class F(float):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


class FZ(frozenset):
    pass


for v in [I(0), I(5), I(2**100), IS(7), IS(-(2**70))]:
    print(type(v).__name__, v, sys.getsizeof(v), v.__sizeof__())
for v in [S(''), S('abc'), S('\xe9\xe9'), S('\u20ac'), SS('abc'), SS('\U0001f600')]:
    print(type(v).__name__, ascii(v), sys.getsizeof(v), v.__sizeof__())
for v in [L(), L([1, 2, 3]), LS(range(10)), D(), D(a=1), DS({1: 2}), T(), T((1, 2)), TS((1, 2, 3)), F(1.5), B(b'ab'), BA(b'ab'), FZ({1})]:
    print(type(v).__name__, len(v) if hasattr(v, '__len__') else '', sys.getsizeof(v), v.__sizeof__())
l = L()
for i in range(10):
    l.append(i)
print('L append', sys.getsizeof(l))
d = D()
for i in range(10):
    d[i] = i
print('D insert', sys.getsizeof(d))
i = I(3)
i.attr = 'x'
print('I with attr', sys.getsizeof(i), sys.getsizeof(i.__dict__))
t = T(range(5))
t.x = 1
print('T with attr', sys.getsizeof(t))
print('bool', sys.getsizeof(True), sys.getsizeof(bool(5)))


class SetS(set):
    __slots__ = ('a', 'b')


class DictS(dict):
    __slots__ = ('a', 'b')


class FrozenS(frozenset):
    __slots__ = ('a',)


class BytearrayS(bytearray):
    __slots__ = ('x',)


print('slotted', sys.getsizeof(SetS()), sys.getsizeof(SetS(range(10))), sys.getsizeof(DictS()), sys.getsizeof(DictS(a=1)),
      sys.getsizeof(FrozenS()), sys.getsizeof(BytearrayS()), sys.getsizeof(BytearrayS(b'abc')))
ba = BytearrayS(b'abc')
ba.__init__(range(20))
print('reinit', ba, sys.getsizeof(ba))
s = S('h\xe9llo')
print('str subclass utf8', sys.getsizeof(s))
s.encode()
print(sys.getsizeof(s))
