rows = ((i, (j for j in range(i))) for i in range(4))
for i, inner in rows:
    print(i, tuple_like := None)
    for j in inner:
        print(' ', j)
