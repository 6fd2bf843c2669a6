print(repr('abc'.startswith(('a', 1))))
