for x y in pairs:
    pass
