def g():
    yield 1
    return 'result'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('stopped', e.args)
try:
    next(it)
except StopIteration as e:
    print('again', e.args)
