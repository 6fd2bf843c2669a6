def g():
    try:
        raise ValueError('kept')
    except ValueError:
        yield 'in handler'
        raise
it = g()
print(next(it))
next(it)
