def outer():
    def inner():
        return late
    c = inner.__closure__[0]
    print(repr(c)[-7:])
    try:
        c.cell_contents
    except ValueError as e:
        print(e)
    late = 1
    print(c.cell_contents)
outer()
