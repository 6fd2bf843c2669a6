print(repr(str.maketrans({'ab': 1})))
