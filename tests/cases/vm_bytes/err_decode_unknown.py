print(repr(b'abc'.decode('nope')))
