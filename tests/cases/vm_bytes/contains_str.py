print('a' in b'abc')
