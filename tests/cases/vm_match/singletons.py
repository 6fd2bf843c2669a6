class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return True

for v in [None, True, False, 1, 0, Eq()]:
    match v:
        case None:
            print("None")
        case True:
            print("True")
        case False:
            print("False")
        case _:
            print("something else")

match Eq():
    case 5:
        print("equal to 5 by __eq__")
