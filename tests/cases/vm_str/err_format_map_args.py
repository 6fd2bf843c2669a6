print(repr('abc'.format_map(1, 2)))
