int(b'12x')
