str(x=1)
