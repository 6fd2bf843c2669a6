if check(a, b)):
    pass
