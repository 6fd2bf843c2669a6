ascii(1, 2)
