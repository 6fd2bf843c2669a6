print(enumerate(1))
