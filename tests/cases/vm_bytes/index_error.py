print(b'abc'[5])
