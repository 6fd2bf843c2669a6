print(repr(b'abc'.splitlines(1, 2)))
