def g():
    yield 1
    return 'done'
it = g()
print(next(it))
print(next(it, 'default swallows the value'))
it = g()
next(it)
next(it)
