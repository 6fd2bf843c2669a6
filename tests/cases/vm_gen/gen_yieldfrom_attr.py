def inner():
    yield 1
    yield 2
def outer():
    yield from inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(repr(o.gi_yieldfrom)[:-19])
