a, b = range(5)
