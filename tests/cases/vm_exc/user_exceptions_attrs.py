class MyError(ValueError):
    pass
class WithInit(Exception):
    def __init__(self, code, msg="m"):
        super().__init__(msg)
        self.code = code
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
try:
    raise MyError("bad", 2)
except ValueError as e:
    print(repr(e), e, e.args, type(e).__name__, isinstance(e, MyError))
try:
    raise WithInit(5)
except WithInit as e:
    print(repr(e), e, e.code, e.args)
e = NoSuper(3)
print(repr(e), e.args, e.x)
e = ValueError(1)
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__, type(k.__traceback__).__name__)
print(StopIteration(7).value, SystemExit(3).code, SystemExit().code, OSError(2, "x").errno, OSError(2, "x", "f").filename)
print(NameError("a", name="nm").name, AttributeError("a", name="n", obj=4).obj, ImportError("z", name="m", path="p").path)
e = ValueError("x")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
e.args = (1, 2)
print(e.args, e)
class Custom(Exception):
    def __str__(self):
        return "custom str"
raise Custom(1) from e
