class Watch:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"{self.name}.__eq__({other!r})")
        return other == 3

w = Watch("w")
match w:
    case 1 | 2:
        print("no")
    case 3:
        print("three")

match [Watch("a"), Watch("b")]:
    case [1, _]:
        print("no")
    case [3, 3]:
        print("both threes")
