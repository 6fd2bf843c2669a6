print(repr(','.join(['a', 1])))
