print(repr(b'abc'.partition('a')))
