print(filter())
