import array, struct
for c in array.typecodes:
    a = array.array(c, [1, 2] if c != 'u' else 'ab')
    m = memoryview(a)
    print(c, m.format, m.itemsize, m.shape, m.strides, m.nbytes, len(bytes(a)))
    if c != 'u':
        print(' ', m.tolist(), struct.unpack('2' + m.format, a), m.cast('B').tolist()[:4])
    else:
        try:
            m.tolist()
        except NotImplementedError as e:
            print(' ', e)
m = memoryview(array.array('d', [1.5, 2.5]))
print(m[0], m[-1], m[::-1].tolist(), m.tobytes() == array.array('d', [1.5, 2.5]).tobytes())
print(memoryview(array.array('i', [1])) == array.array('i', [1]), memoryview(array.array('i', [1])) == memoryview(array.array('i', [1])))
print(b''.join([array.array('B', [65, 66]), b'C']))
print(bytes(memoryview(array.array('h', [-1]))))
