def g():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
it = g()
next(it)
it.close()
