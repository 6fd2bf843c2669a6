print(map(len, 1))
