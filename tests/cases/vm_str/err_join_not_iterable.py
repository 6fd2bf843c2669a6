print(repr('abc'.join(5)))
