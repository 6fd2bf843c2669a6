print(repr('abc'.find('a', 'x')))
