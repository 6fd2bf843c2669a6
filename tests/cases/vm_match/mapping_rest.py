d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": a, **rest}:
        print(a, rest, rest is d, d)
match d:
    case {**rest}:
        print(rest, rest is d)
match {}:
    case {**rest}:
        print("empty rest", rest)
match {"x": None}:
    case {"x": None}:
        print("None value matched")
match {"x": 0}:
    case {"y": _}:
        print("no")
    case {"x": _}:
        print("x present")
