print('%(a)s' % {'b': 1})
