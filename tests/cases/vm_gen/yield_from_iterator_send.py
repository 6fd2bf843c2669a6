def outer():
    yield from iter((1, 2))
o = outer()
print(next(o))
o.send(5)
