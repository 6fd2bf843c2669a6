print(repr('{0}'.format_map({})))
