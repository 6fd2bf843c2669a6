class Thing:
    pass

t = Thing()
t.color = "red"
t.size = 3

match t:
    case Thing(color="blue"):
        print("blue")
    case Thing(color="red", size=s):
        print("red of size", s)

match t:
    case Thing(weight=w):
        print("weight", w)
    case Thing():
        print("a thing without weight")

match t:
    case object(color=c):
        print("any object with color", c)
