def g(x):
    return x * 2
VALUE = g(21)
