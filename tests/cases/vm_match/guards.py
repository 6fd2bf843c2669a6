def classify(point):
    match point:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > y:
            return f"below {x} {y}"
        case (x, y):
            return f"above {x} {y}"
        case n if n:
            return "truthy"
        case _:
            return "falsy"

for p in [(1, 1), (3, 2), (2, 3), 5, 0, "", [4, 4]]:
    print(p, classify(p))

calls = []
def check(v):
    calls.append(v)
    return v > 2

for v in [1, 2, 3, 4]:
    match v:
        case x if check(x):
            print("big", x)
        case x:
            print("small", x)
print(calls)
