import array
a = array.array('i', [1, 2, 256, -1])
print(a.tobytes())
a.byteswap(); print(a)
a.byteswap(); print(a)
for c in 'bBhHiIlLqQfd':
    x = array.array(c, [1, 2])
    x.byteswap()
    print(c, x.tobytes().hex())
b = array.array('h')
b.frombytes(b'\x01\x00\x02\x00'); print(b)
b.frombytes(bytearray(b'\x03\x00')); print(b)
b.frombytes(memoryview(b'\x04\x00')); print(b)
for bad in (b'\x01', 'ab', 5, memoryview(array.array('i', [1]))):
    try:
        b.frombytes(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(array.array('d', [1.5]).tobytes(), array.array('f', [1.5]).tobytes())
print(bytes(array.array('H', [1, 2])), bytearray(array.array('b', [-1])))
print(array.array('i', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
try:
    array.array('i', b'\x01\x00')
except ValueError as e:
    print(e)
