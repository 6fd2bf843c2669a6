def f(x):
    return x is 1


def g():
    return ~True


def h():
    return "\d"


print("compiled")
