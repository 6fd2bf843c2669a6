def g():
    yield from range(3)
    yield from (10, 20)
    yield from 'ab'
    yield from {'k': 1, 'j': 2}
    yield from ()
for v in g():
    print(v)
