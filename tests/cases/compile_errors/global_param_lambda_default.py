def f(a=lambda: 0):
    global a
