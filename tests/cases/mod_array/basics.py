import array
a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a.typecode, a.itemsize)
print(array.typecodes, array.ArrayType is array.array)
print(type(a), type(a).__name__, type(a).__module__, type(a).__qualname__)
for c in array.typecodes:
    x = array.array(c)
    print(c, x.itemsize, repr(x), len(x))
print(array.array('d', (1.5, 2)), array.array('f', [0.1]))
print(array.array('u', 'hello'), array.array('u'))
print(array.array('b', b'\x01\xff'), array.array('B', bytearray(b'\x01\xff')))
print(array.array('h', range(5)), array.array('l', iter([7, 8])))
print(array.array('q', array.array('q', [5, 6])), array.array('d', array.array('i', [1, 2])))
print(str(a), repr(array.array('Q', [2**64 - 1])), array.array('q', [-2**63]))
