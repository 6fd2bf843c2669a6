def f():
    name = "bob
    return name
