print(repr('abc'.rindex('z', 1)))
