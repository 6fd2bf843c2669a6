str(b'ab\xff', 'utf-8')
