x = [1, 2]
x.apend(3)
