str('abc', 'utf-8')
