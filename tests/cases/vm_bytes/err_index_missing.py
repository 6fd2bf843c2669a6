print(repr(b'abc'.index(b'z')))
