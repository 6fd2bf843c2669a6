exec("\tx = 1\n  y = 2")
