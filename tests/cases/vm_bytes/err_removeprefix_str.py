print(repr(b'abc'.removeprefix('a')))
