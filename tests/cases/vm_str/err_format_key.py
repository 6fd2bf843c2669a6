print(repr('{a}'.format()))
