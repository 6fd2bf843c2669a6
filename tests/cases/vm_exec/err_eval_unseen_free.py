def outer():
    n = 5
    def inner():
        return eval("n")
    return inner

outer()()
