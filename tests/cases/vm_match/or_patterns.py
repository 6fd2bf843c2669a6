def f(x):
    match x:
        case 1 | 2 | 3:
            return "low"
        case "a" | "b":
            return "letter"
        case [1, _] | [_, 1]:
            return "has one at an end"
        case (0, y) | (y, 0):
            return f"zero pair with {y}"
        case {"k": v} | {"j": v}:
            return f"map {v}"
        case int(v) | float(v):
            return f"number {v}"
        case _:
            return "other"

for v in [1, 3, "a", "c", [1, 5], [5, 1], [5, 5], (0, 7), (8, 0), {"k": 1}, {"j": 2}, 10, 2.5, None]:
    print(repr(v), "->", f(v))
