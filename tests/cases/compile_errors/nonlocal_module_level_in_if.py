if True:
    nonlocal spam
