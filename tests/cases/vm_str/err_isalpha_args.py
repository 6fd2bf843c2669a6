print(repr('abc'.isalpha(1)))
