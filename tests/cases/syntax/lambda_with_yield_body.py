f = lambda: yield 1
