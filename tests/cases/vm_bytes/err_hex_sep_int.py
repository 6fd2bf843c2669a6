print(repr(b'abc'.hex(1)))
