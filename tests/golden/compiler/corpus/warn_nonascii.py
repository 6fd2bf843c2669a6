def f():
    x = "ü" is 1
