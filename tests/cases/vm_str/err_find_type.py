print(repr('abc'.find(1)))
