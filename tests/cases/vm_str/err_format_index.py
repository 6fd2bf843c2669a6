print(repr('{}'.format()))
