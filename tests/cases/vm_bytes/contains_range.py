print(300 in b'abc')
