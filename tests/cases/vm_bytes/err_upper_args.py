print(repr(b'abc'.upper(1)))
