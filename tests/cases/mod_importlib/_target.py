X = 41
def f():
    return X + 1
