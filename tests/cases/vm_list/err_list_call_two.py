print(list([], []))
