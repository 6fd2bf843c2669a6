def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case -1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case False:
            return "false"
        case _:
            return "other"

for v in [0, 1, 2, 3, -1, 1.5, 2j, -1 + 2j, "hello", True, None, False, 0.0, 4, "x", 1.0]:
    print(repr(v), describe(v))
