def f(x=lambda y, y: 0): pass
