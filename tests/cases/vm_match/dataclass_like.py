class Record:
    __match_args__ = ("name", "age")

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def __repr__(self):
        return f"Record({self.name!r}, {self.age!r})"

people = [Record("ann", 31), Record("bob", 17), Record("cy", 65), Record("dee", 40)]
for p in people:
    match p:
        case Record(name, age) if age < 18:
            print(name, "minor")
        case Record(name, age=65 | 66 | 67):
            print(name, "retiring")
        case Record(name=str(n), age=int(a)):
            print(n, "adult", a)

match people:
    case [Record("ann", _), *others]:
        print("ann first, then", others)
