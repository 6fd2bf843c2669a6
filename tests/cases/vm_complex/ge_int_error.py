print(1 >= 2j)
