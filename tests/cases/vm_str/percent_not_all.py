print('%s' % ('a', 'b'))
