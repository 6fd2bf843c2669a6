class A:
    pass

match A():
    case A(1):
        print("no")
