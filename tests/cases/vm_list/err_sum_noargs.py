print(sum())
