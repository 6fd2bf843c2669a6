def f(a, a): pass
def g(b, b): pass
