print(repr(b'abc'.startswith(('a',))))
