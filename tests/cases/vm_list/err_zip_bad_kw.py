print(zip([], x=1))
