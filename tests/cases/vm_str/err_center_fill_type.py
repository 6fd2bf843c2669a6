print(repr('abc'.center(5, 1)))
