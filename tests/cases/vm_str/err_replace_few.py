print(repr('abc'.replace('a')))
