def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield 1
        yield 2
it = g()
next(it)
try:
    raise ValueError("outside")
except ValueError as e:
    print("context:", repr(e.__context__))
def h():
    try:
        raise KeyError("kept")
    except KeyError:
        yield
        raise
it2 = h()
next(it2)
try:
    next(it2)
except KeyError as e:
    print("reraised", repr(e))
def k():
    yield 1
    raise
try:
    raise IndexError("caller")
except IndexError:
    it3 = k()
    next(it3)
    try:
        next(it3)
    except IndexError as e:
        print("generator sees", repr(e))
def m():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
it4 = m()
next(it4)
it4.close()
print(next(it, "x"), next(it, "end"))
