print(repr('abc'.rpartition(1)))
