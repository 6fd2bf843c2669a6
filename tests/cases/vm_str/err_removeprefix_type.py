print(repr('abc'.removeprefix(1)))
