print(b'abc' * 'x')
