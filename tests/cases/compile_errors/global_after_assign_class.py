class C:
    attr = 1
    global attr
