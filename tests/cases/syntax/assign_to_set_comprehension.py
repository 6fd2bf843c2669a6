{x for x in y} = set()
