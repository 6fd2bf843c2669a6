def g(a, b=2, *rest, c=3, **kw):
    yield a
    yield b
    yield rest
    yield c
    yield kw
for v in g(1, 5, 6, 7, c=8, d=9):
    print(v)
g(1, c=2, x=3)
g()
