def f():
    e = 5
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
f()
