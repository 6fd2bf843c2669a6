bytes(b'a', 'utf-8')
