class A:
    __match_args__ = ("a", 1)

a = A()
a.a = 0
match a:
    case A(0, y):
        print(y)
