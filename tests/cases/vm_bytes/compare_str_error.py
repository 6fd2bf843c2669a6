print(b'a' < 'a')
