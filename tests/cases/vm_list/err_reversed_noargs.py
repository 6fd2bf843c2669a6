print(reversed())
