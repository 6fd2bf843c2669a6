def outer():
    def inner():
        return value
    inner()
    value = 3
outer()
