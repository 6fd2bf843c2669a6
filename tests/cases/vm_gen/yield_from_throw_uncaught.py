def inner():
    yield 1
def outer():
    yield from inner()
o = outer()
next(o)
o.throw(KeyError('deep'))
