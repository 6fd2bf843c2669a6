def g():
    yield 1
    1 / 0
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ZeroDivisionError:
    print('caught')
print(next(it, 'exhausted'))
