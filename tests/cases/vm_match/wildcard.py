for x in [1, "a", None, [1, 2], {"a": 1}]:
    match x:
        case _:
            print("always", x)

match 5:
    case 1:
        print("no")
print("no case matched, falls through")
