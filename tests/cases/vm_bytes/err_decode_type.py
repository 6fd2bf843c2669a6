print(repr(b'abc'.decode(1)))
