print(set(1))
