# Fixed-size objects: range, slice, cell, memoryview, None/NotImplemented/Ellipsis, super,
# weakrefs, mappingproxy, SimpleNamespace, exceptions.
import sys, types, weakref

print('range', sys.getsizeof(range(0)), sys.getsizeof(range(10**30)), sys.getsizeof(range(1, 100, 7)), range(5).__sizeof__())
print('slice', sys.getsizeof(slice(None)), sys.getsizeof(slice(1, 2, 3)), slice(1).__sizeof__())
def outer():
    x = 1
    def inner():
        return x
    return inner
cell = outer().__closure__[0]
print('cell', sys.getsizeof(cell), cell.__sizeof__(), sys.getsizeof(types.CellType()))
for m in [memoryview(b''), memoryview(b'abc'), memoryview(bytearray(100)), memoryview(b'abcd').cast('B', (2, 2))]:
    print('memoryview', m.ndim, sys.getsizeof(m), m.__sizeof__())
print('singletons', sys.getsizeof(None), sys.getsizeof(NotImplemented), sys.getsizeof(...), None.__sizeof__())
print('super', sys.getsizeof(super(int, 1)))
class W:
    pass
w = W()
r = weakref.ref(w)
print('weakref', sys.getsizeof(r), sys.getsizeof(weakref.proxy(w)), sys.getsizeof(w))
print('mappingproxy', sys.getsizeof(W.__dict__), sys.getsizeof(types.MappingProxyType({})))
print('namespace', sys.getsizeof(types.SimpleNamespace()), sys.getsizeof(types.SimpleNamespace(a=1)))
print('exceptions', sys.getsizeof(Exception()), sys.getsizeof(ValueError('a', 'b')), sys.getsizeof(OSError(2, 'x')),
      sys.getsizeof(StopIteration(1)), sys.getsizeof(KeyError('k')), sys.getsizeof(SyntaxError('s')), sys.getsizeof(UnicodeDecodeError('utf-8', b'', 0, 1, 'x')))
try:
    1 / 0
except ZeroDivisionError as e:
    print('raised', sys.getsizeof(e), sys.getsizeof(e.__traceback__))
print('bool', sys.getsizeof(True), sys.getsizeof(bool), sys.getsizeof(type(None)))
