print(repr(b'a'.join(['a'])))
