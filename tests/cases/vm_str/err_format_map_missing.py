print(repr('{k}'.format_map({})))
