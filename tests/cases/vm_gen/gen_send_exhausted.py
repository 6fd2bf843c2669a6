def g():
    yield 1
it = g()
it.send(None)
try:
    it.send(None)
except StopIteration as e:
    print('first stop', e.args)
try:
    it.send(None)
except StopIteration as e:
    print('second stop', e.args)
print(next(it, 'next gives default'))
