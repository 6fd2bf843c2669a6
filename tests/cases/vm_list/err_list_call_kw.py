print(list(a=1))
