print(repr('abc'.count()))
