print(repr(b'abc'.find(300)))
