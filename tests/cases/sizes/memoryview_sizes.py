# memoryview objects: a fixed 184 bytes plus 3 pointers per extra dimension; slicing, cast,
# tolist and release do not change the object's own size.
import sys

b = bytes(range(24))
m = memoryview(b)
print(sys.getsizeof(m), m.__sizeof__(), sys.getsizeof(m[2:10]), sys.getsizeof(m[::2]))
for shape in [(24,), (2, 12), (2, 3, 4), (2, 3, 2, 2)]:
    c = m.cast('B', shape)
    print(shape, sys.getsizeof(c), c.__sizeof__())
print(sys.getsizeof(m.cast('I')), sys.getsizeof(m.cast('d')), sys.getsizeof(memoryview(bytearray(10))))
print(sys.getsizeof(m.tolist()), sys.getsizeof(m.tobytes()), sys.getsizeof(bytes(m[:5])))
mv = memoryview(b'abc')
mv.release()
print('released', sys.getsizeof(mv))
print(sys.getsizeof(memoryview(m)), sys.getsizeof(m.toreadonly()))
