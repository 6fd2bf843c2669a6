def g():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored return'
it = g()
next(it)
print(it.close())
