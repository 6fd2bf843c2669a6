print(end="", "x")
