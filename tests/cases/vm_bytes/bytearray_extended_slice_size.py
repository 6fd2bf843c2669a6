ba = bytearray(b'abcd')
ba[::2] = b'xyz'
