def f():
    a = b = 1
    global c, a, b
