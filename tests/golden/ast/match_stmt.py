def f(command, point):
    match command.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case ["go", ("north" | "south") as direction]:
            pass
        case ["drop", *objects]:
            pass
        case [*_, last]:
            pass
        case _:
            pass
    match point:
        case Point(x=0, y=0):
            print("Origin")
        case Point(0, y=yy) if yy > 0:
            pass
        case {"x": 1, "y": [1, 2, *rest], **kw}:
            pass
        case {}:
            pass
        case {**rest}:
            pass
        case -1 | 0 | 1.5 | 2j | -3 + 4j | 5 - 6j:
            pass
        case "str" "ing" | b"bytes" | None | True | False:
            pass
        case Color.RED | mod.Color.GREEN:
            pass
        case (1, 2) | [3, 4] | () | []:
            pass
        case (x, y, *_):
            pass
        case int() | str(x) | float(real=0.0):
            pass
        case [1, [2, [3, _]]] if x:
            pass
    match x, y:
        case a, b:
            pass
    match (x):
        case (a):
            pass
    match = 1
    case = 2
    type = 3
    _ = match + case
    match[1] = 2
    match(x)
    print(match.case)
