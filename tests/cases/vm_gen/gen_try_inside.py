def g():
    for i in range(4):
        try:
            if i == 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield 'caught ' + str(e)
for v in g():
    print(v)
