if x:
    y = 2
else:
    y = 3
