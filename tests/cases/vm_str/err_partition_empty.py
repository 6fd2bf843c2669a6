print(repr('abc'.partition('')))
