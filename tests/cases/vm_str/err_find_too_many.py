print(repr('abc'.find('a', 1, 2, 3)))
