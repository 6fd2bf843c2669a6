pairs = {x, y for x, y in zip(a, b)}
