s = '\d'
def f(a, a): pass
