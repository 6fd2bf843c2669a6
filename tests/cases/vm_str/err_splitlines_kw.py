print(repr('abc'.splitlines(x=1)))
