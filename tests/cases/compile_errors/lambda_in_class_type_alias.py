class C:
    type X = lambda: 1
