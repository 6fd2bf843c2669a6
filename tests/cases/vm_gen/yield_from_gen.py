def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('got', r)
    yield 3
for v in outer():
    print(v)
