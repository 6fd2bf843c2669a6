print(repr(b'abc'.zfill('a')))
