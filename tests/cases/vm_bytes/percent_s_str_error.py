print(b'%s' % 'x')
