def f(x):
    match x:
        case {}:
            pass
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle {r} rest={rest}"
        case {"type": t, **rest} if rest:
            return f"other {t} {list(rest)}"
        case {1: one, 2: two}:
            return f"ints {one} {two}"
        case {}:
            return "any mapping"
        case _:
            return "not a mapping"

for v in [
    {"type": "point", "x": 1, "y": 2},
    {"type": "point", "x": 1},
    {"type": "circle", "r": 3},
    {"type": "circle", "r": 3, "color": "red", "fill": True},
    {"type": "line", "a": 1},
    {1: "a", 2: "b", 3: "c"},
    {"type": "line"},
    {},
    [("type", "point")],
    "type",
]:
    print(f(v))
