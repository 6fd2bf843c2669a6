def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    err = e
raise err
