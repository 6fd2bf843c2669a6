print(list(map(len, [1])))
