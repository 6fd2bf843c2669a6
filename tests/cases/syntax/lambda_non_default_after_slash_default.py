make = lambda n=1, /, k: n + k
