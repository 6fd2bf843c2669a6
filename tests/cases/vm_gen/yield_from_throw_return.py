def inner():
    try:
        yield 1
    except ValueError:
        return 'inner returned'
def outer():
    r = yield from inner()
    yield r
o = outer()
next(o)
print(o.throw(ValueError))
