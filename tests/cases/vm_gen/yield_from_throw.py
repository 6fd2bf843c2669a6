def inner():
    try:
        yield 1
    except ValueError as e:
        print('inner caught', e)
        yield 'inner recovered'
def outer():
    yield from inner()
    yield 'outer continues'
o = outer()
print(next(o))
print(o.throw(ValueError('x')))
print(next(o))
