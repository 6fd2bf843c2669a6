Y = 2
def f():
    return 1 / 0
