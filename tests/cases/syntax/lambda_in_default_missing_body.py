def f(key=lambda:):
    pass
