def g():
    yield 1
    yield 'two'
    yield 3.0
print(3 in g(), 'two' in g(), 5 in g())
it = g()
print(1 in it, 1 in it)
