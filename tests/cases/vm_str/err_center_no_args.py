print(repr('abc'.center()))
