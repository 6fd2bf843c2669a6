print(repr(b'abc'.find()))
