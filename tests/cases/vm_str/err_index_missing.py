print(repr('abc'.index('z')))
