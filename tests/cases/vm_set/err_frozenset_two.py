print(frozenset([], []))
