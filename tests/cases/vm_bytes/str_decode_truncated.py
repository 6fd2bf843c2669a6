str(b'ab\xe2\x82', 'utf-8')
