print(sum(1))
