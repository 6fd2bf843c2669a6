class A:
    __match_args__ = ["a"]

match A():
    case A(x):
        print(x)
