print(sorted([], None))
