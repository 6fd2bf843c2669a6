print(map(len, [], x=1))
