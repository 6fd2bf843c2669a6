print(set(a=1))
