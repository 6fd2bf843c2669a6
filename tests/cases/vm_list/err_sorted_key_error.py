print(sorted([1, 2], key=len))
