print(all(1))
