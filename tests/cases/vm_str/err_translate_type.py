print(repr('abc'.translate(1)))
