def g():
    global zz
    del zz
g()
