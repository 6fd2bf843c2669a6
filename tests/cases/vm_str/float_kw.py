float(x=1)
