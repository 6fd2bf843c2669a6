def a():
    raise KeyError("first")
def b():
    try:
        a()
    except KeyError:
        raise ValueError("second")
def c():
    try:
        b()
    except ValueError:
        return 1 / 0
c()
