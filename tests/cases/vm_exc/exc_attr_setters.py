e = ValueError(1)
for name, value in (("__cause__", 3), ("__context__", "x"), ("__traceback__", 5), ("__suppress_context__", 1)):
    try:
        setattr(e, name, value)
    except TypeError as t:
        print(name, t)
for name in ("args", "__cause__", "__context__", "__traceback__"):
    try:
        delattr(e, name)
    except TypeError as t:
        print(name, t)
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__, e.__cause__)
e.__suppress_context__ = False
e.__context__ = TypeError("ctx")
print(repr(e.__context__))
e.args = [1, 2]
print(e.args)
e.args = "ab"
print(e.args, repr(e))
e2 = ValueError(2).with_traceback(None)
print(repr(e2), e2.__traceback__)
try:
    e2.with_traceback(3)
except TypeError as t:
    print(t)
raise e
