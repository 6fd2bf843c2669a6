x = a[key=1]
