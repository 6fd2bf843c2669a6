class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"flat 3d {x} {y}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x=0, y=y):
            return "unreachable"
        case Point(x, y=0):
            return f"on x axis at {x}"
        case Point(x=px, y=py):
            return f"somewhere {px} {py}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 2), Point3(1, 2, 0), Point3(0, 0, 1), "p"]:
    print(where(p))
