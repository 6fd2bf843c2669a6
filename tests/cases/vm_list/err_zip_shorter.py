print(list(zip([1, 2], [2], strict=True)))
