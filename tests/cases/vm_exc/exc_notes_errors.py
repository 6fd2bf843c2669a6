e = ValueError()
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as t:
    print(t)
e.__notes__ = ("a", "b")
try:
    e.add_note("x")
except TypeError as t:
    print(t)
raise e
