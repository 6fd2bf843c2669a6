def inner():
    while True:
        x = yield
        if x is None:
            return 'stopped'
        print('inner got', x)
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'after'
o = outer()
next(o)
o.send(1)
o.send(2)
print(o.send(None))
