def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [a, b, c]:
            return f"three {a} {b} {c}"
        case [a, *rest]:
            return f"many {a} {rest}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), range(3), range(0), "ab", b"ab" if False else "xy", {1: 2}, 5]:
    print(repr(v), f(v))
