def f():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise TypeError("nested")
        except TypeError:
            pass
        raise
f()
