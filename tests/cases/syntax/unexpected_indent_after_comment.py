def f():
    x = 1
    # compute
        return x
