print(sorted([3, 2, 'x', 1, 0]))
