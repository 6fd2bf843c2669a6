def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("conv") from e
def g():
    try:
        f()
    except ValueError:
        raise
def h():
    try:
        g()
    finally:
        print("h fin")
try:
    h()
except ValueError as e:
    print("got", e)
def k():
    try:
        {}['x']
    except KeyError:
        raise RuntimeError("during")
k()
