gen = (1 / x for x in (1, 0))
for v in gen:
    print(v)
