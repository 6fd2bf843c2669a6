print(repr('abc'.split(1)))
