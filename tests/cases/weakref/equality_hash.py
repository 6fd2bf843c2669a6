# Equality and hashing of weak references, alive and dead.
import weakref


class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('C.__eq__ called')
        return isinstance(other, C) and self.v == other.v
    def __hash__(self):
        return hash(self.v)


a = C(1)
b = C(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb)
print(ra != rb)
print(ra == ra)
print(hash(ra) == hash(1), hash(ra) == hash(a))
h = hash(ra)
del a
print('a dead; hash kept:', hash(ra) == h)
print(ra == rb, ra != rb)
print(ra == ra)
ra2 = ra
print(ra == ra2)
x = C(2)
rx = weakref.ref(x)
del x
try:
    hash(rx)
except TypeError as e:
    print('TypeError:', e)
d = C(3)
rd = weakref.ref(d)
e = C(3)
re_ = weakref.ref(e)
print({rd: 'value'}[re_])
del d
print(rd == re_)
del e
print(rd == re_, rd is re_)


class U:
    __hash__ = None


u = U()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as ex:
    print('TypeError:', ex)
print(ru == 1, ru != 'x')
try:
    ru < ru
except TypeError as ex:
    print('TypeError:', ex)
print('end')
