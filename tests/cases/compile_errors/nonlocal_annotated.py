def f():
    x = 0
    def g():
        x: int
        nonlocal x
