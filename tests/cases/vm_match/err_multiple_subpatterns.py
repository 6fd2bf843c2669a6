class A:
    __match_args__ = ("a",)
    a = 1

match A():
    case A(1, a=1):
        print("no")
