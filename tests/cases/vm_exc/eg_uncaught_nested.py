def f():
    raise ValueError("deep")
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("inner", [e, KeyError("k")])
try:
    g()
except ExceptionGroup as eg:
    raise ExceptionGroup("outer", [eg, IndexError("i")])
