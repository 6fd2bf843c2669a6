try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    m, r = eg.split(ValueError)
    print(m.__context__ is eg.__context__, m.__traceback__ is eg.__traceback__, m.__cause__, m.__suppress_context__, eg.__suppress_context__)
    raise r
