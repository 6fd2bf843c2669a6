print(repr('abc'.replace(1, 'a')))
