print(b'%s %s' % (b'a',))
