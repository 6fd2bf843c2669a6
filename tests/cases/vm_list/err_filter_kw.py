print(filter(None, [], x=1))
