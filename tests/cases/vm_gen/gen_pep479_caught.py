def g():
    yield 1
    raise StopIteration('inner')
try:
    for v in g():
        print(v)
except RuntimeError as e:
    print('RuntimeError:', e)
