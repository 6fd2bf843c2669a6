print(sorted(1))
