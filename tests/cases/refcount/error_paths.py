# References dropped on error paths: an exception class whose instantiation fails in raise,
# zip() when an iterator raises, RawIOBase.read() when readinto is missing, marshal lists,
# memoryviews released while their exporter lives on, an unknown warnings action.
import sys, _io, marshal, _warnings
rc = sys.getrefcount
class AppError(Exception):
    def __init__(self, code, detail):
        pass
print(rc(AppError))
for _ in range(3):
    try:
        raise AppError
    except TypeError as e:
        print(e)
    try:
        raise ValueError from AppError
    except TypeError as e:
        print(e)
print(rc(AppError))
def boom(x):
    raise ValueError(x)
t = (1000, 2000)
print(rc(t))
for args in [(map(boom, t), t), (t, map(boom, t))]:
    try:
        list(zip(*args))
    except ValueError as e:
        print('ValueError', e)
z = zip(t, map(boom, t))
try:
    next(z)
except ValueError as e:
    print('ValueError', e)
print(rc(t))
raw = _io._RawIOBase()
try:
    raw.read()
except Exception as e:
    print(type(e).__name__, e)
data = marshal.dumps([2.5, (3,), {'k': 4.5}], 0)
v = marshal.loads(data)
print(v, rc(v), rc(v[0]), sys.getsizeof(v) == sys.getsizeof([1, 2, 3]) + 0)
print(marshal.loads(marshal.dumps([[1.25], [], [[]]], 2)))
ba = bytearray(b'abc')
print(rc(ba))
m1 = memoryview(ba)
m2 = memoryview(ba)
print(rc(ba))
m1.release()
print(rc(ba))
with memoryview(ba) as m3:
    print(rc(ba))
print(rc(ba))
m2.release()
print(rc(ba))
saved = _warnings.filters[:]
_warnings.filters[0:0] = [('bogus', None, Warning, None, 0)]
try:
    _warnings.warn('q')
except RuntimeError as e:
    print(str(e).splitlines()[0])
_warnings.filters[:] = saved
