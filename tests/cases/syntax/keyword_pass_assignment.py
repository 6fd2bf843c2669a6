pass = True
