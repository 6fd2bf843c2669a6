print(repr(b'a\xe9'.decode('ascii')))
