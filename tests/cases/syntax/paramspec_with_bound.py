def decorate[**P: int](f):
    return f
