print(repr(b'abc'.partition(b'')))
