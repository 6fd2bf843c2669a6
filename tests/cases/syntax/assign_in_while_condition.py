line = None
while line = read():
    pass
