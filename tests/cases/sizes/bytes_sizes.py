# bytes: 33 + len bytes, whatever made them.
import sys

for n in [0, 1, 2, 7, 8, 100, 1000]:
    print(n, sys.getsizeof(bytes(n)), bytes(n).__sizeof__(), sys.getsizeof(b'x' * n))
b = b'hello world'
print(sys.getsizeof(b[:5]), sys.getsizeof(b[1:]), sys.getsizeof(b + b), sys.getsizeof(b.upper()))
print(sys.getsizeof(b''.join([b, b])), sys.getsizeof(b.replace(b'o', b'00')), sys.getsizeof(bytes([1, 2, 3])))
print(sys.getsizeof('h\xe9'.encode()), sys.getsizeof(bytes.fromhex('aabb')), sys.getsizeof(b.hex().encode()))
print(sys.getsizeof(bytes(bytearray(b'abc'))), sys.getsizeof(bytes(memoryview(b'abcd'))), sys.getsizeof(b[0:0]))
print([sys.getsizeof(p) for p in b.split()])


class B(bytes):
    pass


class BS(bytes):
    __slots__ = ()


print(sys.getsizeof(B(b'abc')), sys.getsizeof(BS(b'abc')), B(b'abcdef').__sizeof__())
