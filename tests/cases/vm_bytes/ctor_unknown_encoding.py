bytes('a', 'utf-9')
