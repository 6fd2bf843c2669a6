print(repr('abc'.replace('a', 1)))
