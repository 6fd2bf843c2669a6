print(x == 1 = y)
