print(list(zip([1, 2], [2, 3], [3], strict=True)))
