format((1, 2), 'x')
