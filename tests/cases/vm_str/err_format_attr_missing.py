print(repr('{0.nope}'.format(1)))
