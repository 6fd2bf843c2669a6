d = {}
del d[3]
