def g():
    print('never')
    yield 1
it = g()
it.close()
print(next(it, 'closed before start'))
