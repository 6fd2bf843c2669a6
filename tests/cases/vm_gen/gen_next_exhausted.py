def g():
    yield 1
it = g()
print(next(it))
next(it)
