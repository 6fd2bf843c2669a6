def g():
    yield 1
    raise ValueError('bad value')
for v in g():
    print(v)
