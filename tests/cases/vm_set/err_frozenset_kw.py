print(frozenset(a=1))
