s = set()
s.add([])
