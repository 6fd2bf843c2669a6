print(zip(1))
