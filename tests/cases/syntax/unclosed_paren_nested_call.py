print(len(str(value))
