def 2fast():
    pass
