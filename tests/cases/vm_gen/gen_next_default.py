def g():
    yield 'a'
    yield 'b'
it = g()
print(next(it), next(it), next(it, 'default'), next(it, None))
