def pairs(t):
    for a, b in t:
        print(a, b)
pairs(((1, 2), (3, 4), (5,)))
