print(repr('abc'.zfill('a')))
