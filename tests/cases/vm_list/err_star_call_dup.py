def f(a=None, **kw): pass
f(**{'a': 1}, **{'a': 2})
