print('%s %s' % ('a',))
