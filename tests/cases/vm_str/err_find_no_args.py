print(repr('abc'.find()))
