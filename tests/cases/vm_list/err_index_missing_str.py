['a'].index('b')
