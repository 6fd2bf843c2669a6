print(repr(b'abc'.find('a')))
