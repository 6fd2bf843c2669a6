print(repr('abc'.endswith(['a'])))
