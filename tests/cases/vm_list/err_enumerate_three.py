print(enumerate([], start=1, x=2))
