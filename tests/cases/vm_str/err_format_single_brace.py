print(repr('{'.format()))
