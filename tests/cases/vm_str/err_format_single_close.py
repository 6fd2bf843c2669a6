print(repr('a}'.format()))
