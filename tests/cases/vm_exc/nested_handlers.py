def f(n):
    try:
        if n == 0:
            raise KeyError(n)
        return f(n - 1)
    except IndexError:
        print("never")
    finally:
        print("unwind", n)
try:
    f(3)
except LookupError as e:
    print("caught", repr(e))
try:
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError:
            print("inner handled")
        raise
except TypeError as e:
    print("outer", e)
