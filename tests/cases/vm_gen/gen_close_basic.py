def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally')
it = g()
print(next(it))
print(it.close())
print(next(it, 'closed'))
print(it.close())
