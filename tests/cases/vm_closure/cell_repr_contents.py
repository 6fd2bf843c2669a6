def outer():
    x = 42
    def inner():
        return x
    return inner
f = outer()
c = f.__closure__[0]
print(repr(c)[:9], c.cell_contents)
print(f.__closure__ is not None, len(f.__closure__))
def plain():
    pass
print(plain.__closure__)
