print(repr(bytearray(b'a').remove(5)))
