print('abc %' % ())
