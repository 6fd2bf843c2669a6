def g():
    yield 1
    next(iter(()))
for v in g():
    print(v)
