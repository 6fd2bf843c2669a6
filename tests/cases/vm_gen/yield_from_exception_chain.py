def inner():
    yield 1
    raise ValueError('from inner')
def outer():
    try:
        yield from inner()
    except ValueError as e:
        print('outer caught', e)
        yield 2
for v in outer():
    print(v)
