class K:
    a = "x"
    b = "x"

match {"x": 1, "y": 2}:
    case {K.a: 1, K.b: 2}:
        print("no")
