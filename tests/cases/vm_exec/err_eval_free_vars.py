def outer():
    v = 1
    def inner():
        return v
    return inner

eval(outer().__code__)
