print(min(1))
