a = list(range(10))
a[1:8:3] = []
