print(repr('{0!x}'.format(1)))
