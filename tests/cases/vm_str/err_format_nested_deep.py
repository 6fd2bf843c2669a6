print(repr('{:{:{}}}'.format(1, 2, 3)))
