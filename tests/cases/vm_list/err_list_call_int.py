print(list(1))
