f = lambda a, *: a
