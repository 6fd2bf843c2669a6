def g():
    yield 1
    raise KeyError('k')
try:
    raise ValueError('outer')
except ValueError:
    for x in g():
        print(x)
