# float and complex objects have fixed sizes whatever the value; subclasses add a dict.
import sys, math

for f in [0.0, -0.0, 1.5, 1e308, float('inf'), float('nan'), math.pi, 1 / 3]:
    print(repr(f), sys.getsizeof(f), f.__sizeof__())
for c in [0j, 1j, 1 + 2j, complex(1e300, -1e300), complex('nan+nanj')]:
    print(repr(c), sys.getsizeof(c), c.__sizeof__())
print(sys.getsizeof(2.0 * 3), sys.getsizeof(1 / 7), sys.getsizeof(float('1.25')), sys.getsizeof(float(10**20)))
print(sys.getsizeof(1j * 1j), sys.getsizeof(abs(3 + 4j)), sys.getsizeof((1 + 1j).real), sys.getsizeof((1 + 1j).conjugate()))


class F(float):
    pass


class FS(float):
    __slots__ = ()


class C(complex):
    pass


print(sys.getsizeof(F(1.0)), F(1.0).__sizeof__(), sys.getsizeof(FS(2.0)), sys.getsizeof(C(1j)))
f = F(3.0)
f.x = 1
print(sys.getsizeof(f), sys.getsizeof(f.__dict__))
print(float.__sizeof__(1.0), complex.__sizeof__(1j), object.__sizeof__(1.0))
