print(set([], []))
