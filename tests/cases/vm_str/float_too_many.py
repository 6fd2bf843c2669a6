float(1, 2)
