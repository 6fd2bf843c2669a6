def f():
    return eval("x = 1")

f()
