print(any(1, 2))
