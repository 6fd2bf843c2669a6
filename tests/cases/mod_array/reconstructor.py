import array
r = array._array_reconstructor
print(r(array.array, 'i', 8, b'\x01\x00\x00\x00'))
print(r(array.array, 'l', 8, b'\x01\x00\x00\x00'))
print(r(array.array, 'i', 9, b'\x00\x00\x00\x01'))
print(r(array.array, 'i', 13, b'\x00\x00\x00\x00\x00\x00\x00\x07'))
print(r(array.array, 'H', 3, b'\x00\x05'), r(array.array, 'b', 0, b'\xff'), r(array.array, 'B', 1, b'\xff'))
print(r(array.array, 'd', 17, b'\x3f\xf0\x00\x00\x00\x00\x00\x00'), r(array.array, 'f', 15, b'\x3f\xc0\x00\x00'))
print(r(array.array, 'f', 16, b'\x00\x00\x00\x00\x00\x00\xf8\x3f'))
print(r(array.array, 'u', 20, b'a\x00\x00\x00b\x00\x00\x00'))
print(r(array.array, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'))
print(r(array.array, 'u', 18, b'a\x00b\x00'), r(array.array, 'u', 19, b'\x00a\x00b'))
class Sub(array.array): pass
print(type(r(Sub, 'i', 8, b'')).__name__)
for args in [(1, 'i', 8, b''), (int, 'i', 8, b''), (array.array, 'x', 8, b''), (array.array, 'i', 99, b''), (array.array, 'i', -1, b''),
             (array.array, 'i', 8, ''), (array.array, 'i', 9, b'\x00\x00\x00'), (array.array, 'ii', 9, b''), (array.array, 1, 9, b''),
             (array.array, 'i', 8), (array.array, 'i', 8, b'\x00\x00')]:
    try:
        print(r(*args))
    except Exception as e:
        print(type(e).__name__, e)
