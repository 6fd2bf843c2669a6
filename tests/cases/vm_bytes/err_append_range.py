print(repr(bytearray(b'a').append(256)))
