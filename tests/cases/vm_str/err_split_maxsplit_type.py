print(repr('abc'.split('a', 'b')))
