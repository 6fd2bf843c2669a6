print(repr(b'abc'.split(b'')))
