[1].index(1, 'a')
