print(map(len))
