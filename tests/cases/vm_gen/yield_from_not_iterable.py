def g():
    yield from 5
for v in g():
    print(v)
