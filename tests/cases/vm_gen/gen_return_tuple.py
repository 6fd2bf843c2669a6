def g():
    return (1, 2)
    yield
next(g())
