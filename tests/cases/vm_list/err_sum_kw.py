print(sum([1], x=1))
