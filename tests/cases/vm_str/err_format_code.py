print(repr('{:d}'.format('a')))
