# sys.getsizeof of builtin objects: str of each kind (and the UTF-8 cache), tuples, bytes,
# generators and coroutines, code, bytearray, memoryview, and subclasses through object.__sizeof__.
import sys
for s in ['', 'a', 'abc', 'é', 'héllo', '€', 'a€', '😀', 'a😀', 'x'*100, 'é'*100]:
    print(repr(s)[:10], sys.getsizeof(s), s.__sizeof__())
s = 'héllo'
s.encode('utf-8'); print(sys.getsizeof(s))
for t in [(), (1,), (1, 2, 3), tuple(range(10))]:
    print(len(t), sys.getsizeof(t), t.__sizeof__())
for b in [b'', b'a', b'abc', bytes(100)]:
    print(len(b), sys.getsizeof(b))
from collections import namedtuple
P = namedtuple('P', 'x y')
print(sys.getsizeof(P(1, 2)))
class T(tuple): pass
print(sys.getsizeof(T((1, 2, 3))))
class By(bytes): pass
print(sys.getsizeof(By(b'abcd')))
def gen():
    a = 1
    yield a
print(sys.getsizeof(gen()), sys.getsizeof((x for x in [])), sys.getsizeof((x*y for x in [] for y in [])))
async def co(): pass
c = co(); print(sys.getsizeof(c)); c.close()
def f(): return 1
print(sys.getsizeof(f.__code__), f.__code__.__sizeof__())
print(sys.getsizeof(sys.getsizeof.__self__))
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(range(5)), sys.getsizeof(slice(1)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter('')), sys.getsizeof(iter({})))
print(sys.getsizeof(frozenset()), sys.getsizeof(bytearray(b'abc')), sys.getsizeof(memoryview(b'ab')))
print(sys.getsizeof(print), sys.getsizeof([].append), sys.getsizeof(property()), sys.getsizeof(staticmethod(f)))
print(sys.getsizeof(NotImplemented), sys.getsizeof(Ellipsis), sys.getsizeof(type), sys.getsizeof(object))
print(sys.getsizeof(BaseException()), sys.getsizeof(ValueError('x')), sys.getsizeof(KeyError()))
import types
print(sys.getsizeof(super(int, 1)), sys.getsizeof(classmethod(f)), sys.getsizeof(zip()), sys.getsizeof(map(f, [])))
print(sys.getsizeof(enumerate([])), sys.getsizeof(reversed([])), sys.getsizeof(filter(None, [])))
