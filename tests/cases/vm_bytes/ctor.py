print(bytes(), bytes(3), bytes([65, 66]), bytes((1, 2)), bytes(b'xy'), bytes('hé', 'utf-8'), bytes('hé', encoding='latin-1'), bytes(range(3)))
print(bytes(bytearray(b'q')), bytes(source=b'k'), bytes('a', 'ascii', 'strict'), bytes(x for x in [7, 8]), bytes(True))
print(bytearray(3), bytearray([1, 2]), bytearray('x', 'ascii'), bytearray(b'ab'), bytearray(range(65, 68)), bytearray(bytearray(b'c')))
