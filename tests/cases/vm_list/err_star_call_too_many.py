def f(a=None, **kw): pass
f(*[1, 2])
