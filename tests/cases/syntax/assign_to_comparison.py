a < b = True
