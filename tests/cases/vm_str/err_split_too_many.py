print(repr('abc'.split('a', 1, 2)))
