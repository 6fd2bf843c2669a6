def g():
    try:
        yield 1
    except IndexError as e:
        yield ('caught', e.args)
it = g()
next(it)
print(it.throw(IndexError))
