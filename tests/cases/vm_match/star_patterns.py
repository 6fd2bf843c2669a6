def f(x):
    match x:
        case [*init, 99]:
            return ("ends with 99", init)
        case [0, *middle, 0]:
            return ("zeros around", middle)
        case [first, *_, last]:
            return ("first/last", first, last)
        case [*everything]:
            return ("everything", everything)

for v in [[1, 2, 99], [99], [0, 0], [0, 1, 2, 0], [1, 2, 3, 4], [5], [], (7, 8, 9, 99)]:
    print(repr(v), f(v))

match (1, 2, 3, 4, 5):
    case (a, b, *c, d, e):
        print(a, b, c, d, e)

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
