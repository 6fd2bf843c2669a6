def f():
    try:
        {}[1]
    except (KeyError, "x"):
        print("unreachable")
f()
