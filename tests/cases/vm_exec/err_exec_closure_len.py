def outer():
    v = 1
    def inner():
        return v
    return inner

exec(outer().__code__)
