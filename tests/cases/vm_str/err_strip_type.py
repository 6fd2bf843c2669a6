print(repr('abc'.strip(1)))
