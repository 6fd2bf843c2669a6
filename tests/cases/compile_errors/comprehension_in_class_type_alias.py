class C:
    type X = [i for i in range(3)]
