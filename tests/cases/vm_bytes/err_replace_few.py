print(repr(b'abc'.replace(b'a')))
