print(b'%f' % b'x')
