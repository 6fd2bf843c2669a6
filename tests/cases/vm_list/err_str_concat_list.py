print('a' + [1])
