print(repr(b'abc'.replace('a', b'b')))
