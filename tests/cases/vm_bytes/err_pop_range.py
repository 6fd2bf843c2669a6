print(repr(bytearray(b'a').pop(5)))
