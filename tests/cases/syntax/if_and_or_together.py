if x == 1 and or y == 2:
    pass
