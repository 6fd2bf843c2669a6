print(repr(bytearray(b'a').append('a')))
