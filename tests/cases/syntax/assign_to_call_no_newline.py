def f():
    f() = 1