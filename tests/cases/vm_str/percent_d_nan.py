print('%d' % float('nan'))
