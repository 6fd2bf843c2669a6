frozenset().add(1)
