print(repr(bytes.maketrans(b'a', b'bc')))
