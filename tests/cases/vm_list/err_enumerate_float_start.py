print(enumerate([], 1.5))
