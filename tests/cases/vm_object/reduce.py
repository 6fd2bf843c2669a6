# object.__getstate__, and __reduce_ex__'s checks before it needs copyreg.
class Plain:
    pass


p = Plain()
print(p.__getstate__())
p.a = 1
p.b = [2]
st = p.__getstate__()
print(st, st is p.__dict__)


class Slotted:
    __slots__ = ('x', 'y', '__private')


s = Slotted()
print(s.__getstate__(), Slotted.__slotnames__)
s.x = 1
s._Slotted__private = 3
print(s.__getstate__())


class Both(Slotted):
    __slots__ = ('z', '__dict__')


b = Both()
b.z = 5
print(b.__getstate__())
b.w = 6
print(b.__getstate__(), Both.__slotnames__)


class _Under:
    __slots__ = ('__p',)


u = _Under()
u._Under__p = 1
print(u.__getstate__(), _Under.__slotnames__)


class StrSlots:
    __slots__ = 'only'


v = StrSlots()
v.only = 'o'
print(v.__getstate__())


class BadNames:
    __slotnames__ = 5


try:
    BadNames().__getstate__()
except TypeError as e:
    print(e)


class Cached:
    __slots__ = ('a',)
    __slotnames__ = None


c = Cached()
c.a = 1
print(c.__getstate__())
print((1).__getstate__(), 'x'.__getstate__(), [1].__getstate__(), object().__getstate__())


class CustomState:
    def __getstate__(self):
        return 'custom'


print(CustomState().__getstate__())

# __reduce_ex__: a class's own __reduce__ wins
class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


print(OwnReduce().__reduce_ex__(2), OwnReduce().__reduce_ex__(0))


class BadNewargs:
    def __getnewargs__(self):
        return [1]


class BadNewargsEx:
    def __init__(self, r):
        self.r = r

    def __getnewargs_ex__(self):
        return self.r


for o in (BadNewargs(), BadNewargsEx(5), BadNewargsEx((1,)), BadNewargsEx((1, 2)), BadNewargsEx(((), 2))):
    try:
        o.__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ('x', None, 2**40):
    try:
        object().__reduce_ex__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    object().__reduce_ex__()
except TypeError as e:
    print(e)
