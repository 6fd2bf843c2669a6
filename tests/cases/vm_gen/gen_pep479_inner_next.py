def first(it):
    yield next(it)
e = iter(())
for v in first(e):
    print(v)
