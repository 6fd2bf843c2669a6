print(b'abc' + 'x')
