print(repr('abc'.encode('zz')))
