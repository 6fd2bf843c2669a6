print(repr(bytearray(b'a').extend('ab')))
