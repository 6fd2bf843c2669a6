def g():
    x = yield 1
    print('x is', x)
    y = yield 2
    print('y is', y)
for v in g():
    print('v', v)
