xs = [i for in range(3)]
