a = list(range(10))
a[::3] = 5
