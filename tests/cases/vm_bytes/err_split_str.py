print(repr(b'abc'.split('a')))
