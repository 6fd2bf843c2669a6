print(repr('abc'.split('')))
