def countdown():
    yield 1
print(repr(countdown())[:-19])
print(repr((x for x in ()))[:-19])
def outer():
    def inner():
        yield
    return inner()
print(repr(outer())[:-19])
