def outer():
    def inner():
