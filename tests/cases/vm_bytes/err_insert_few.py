print(repr(bytearray(b'a').insert(0)))
