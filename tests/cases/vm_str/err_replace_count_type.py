print(repr('abc'.replace('a', 'b', 'c')))
