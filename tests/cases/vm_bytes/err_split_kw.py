print(repr(b'abc'.split(x=1)))
