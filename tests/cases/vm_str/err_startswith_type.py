print(repr('abc'.startswith(1)))
