print(min([1, 2], key=len))
