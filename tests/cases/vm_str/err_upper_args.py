print(repr('abc'.upper(1)))
