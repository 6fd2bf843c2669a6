calls = 0
def subject():
    global calls
    calls += 1
    return [calls, "x"]

match subject():
    case [0, _]:
        print("no")
    case [1, "y"]:
        print("no")
    case [n, "x"]:
        print("evaluated once:", n, calls)

a, b = 3, 4
match a, b:
    case (3, 3):
        print("no")
    case 3, y:
        print("tuple subject", y)

match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
