flat = [*x for x in xs]
