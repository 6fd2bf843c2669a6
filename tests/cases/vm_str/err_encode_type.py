print(repr('abc'.encode(1)))
