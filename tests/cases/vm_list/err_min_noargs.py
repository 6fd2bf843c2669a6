print(min())
