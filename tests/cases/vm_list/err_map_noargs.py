print(map())
