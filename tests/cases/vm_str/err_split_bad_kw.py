print(repr('abc'.split(x=1)))
