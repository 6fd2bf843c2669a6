values = [t x]
