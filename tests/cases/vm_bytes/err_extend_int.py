print(repr(bytearray(b'a').extend(5)))
