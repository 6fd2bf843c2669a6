iter(3.5)
