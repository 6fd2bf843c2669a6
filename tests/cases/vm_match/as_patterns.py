def f(x):
    match x:
        case [1, 2] as pair:
            return ("pair", pair)
        case [(1 | 2) as first, *rest] as whole:
            return ("first", first, rest, whole)
        case {"a": (int() | str()) as a} as m:
            return ("a", a, m)
        case (str() as s):
            return ("str", s)
        case _ as anything:
            return ("anything", anything)

for v in [[1, 2], [2, 3, 4], [1], {"a": 1}, {"a": "x", "b": 2}, {"a": 1.5}, "hi", 7]:
    print(f(v))
