def g():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
it = g()
next(it)
it.close()
