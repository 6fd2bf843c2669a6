print(repr(b'a'.join(5)))
