print(filter(None, 1))
