print(repr(str.maketrans(1)))
