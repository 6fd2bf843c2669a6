print(enumerate([], step=1))
