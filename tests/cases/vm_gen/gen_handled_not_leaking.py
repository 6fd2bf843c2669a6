def g():
    try:
        raise ValueError('inside')
    except ValueError:
        yield 1
it = g()
next(it)
raise TypeError('outside')
