print(sorted([1, 'a', 2]))
