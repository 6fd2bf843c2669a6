def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        print("no")
    finally:
        print("finally")
try:
    f()
except ExceptionGroup as e:
    print("outer", repr(e))
