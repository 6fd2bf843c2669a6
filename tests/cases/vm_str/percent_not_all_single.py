print('abc' % 5)
