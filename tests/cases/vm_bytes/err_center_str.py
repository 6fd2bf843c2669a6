print(repr(b'abc'.center(5, 'a')))
