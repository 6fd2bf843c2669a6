print(repr(str.maketrans('a', 'bc')))
