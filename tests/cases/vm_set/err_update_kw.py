s = set()
s.update(x=1)
