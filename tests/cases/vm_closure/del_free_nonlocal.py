def f():
    x = 1
    def g():
        nonlocal x
        del x
    g()
    print('deleted')
    g()
f()
