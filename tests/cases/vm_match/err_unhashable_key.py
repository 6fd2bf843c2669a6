class K:
    a = []

match {"x": 1}:
    case {K.a: 1}:
        print("no")
