print(repr('abc'.ljust(5, '')))
