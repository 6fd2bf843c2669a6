print(reversed(1))
