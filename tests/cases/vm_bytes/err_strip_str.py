print(repr(b'abc'.strip('a')))
