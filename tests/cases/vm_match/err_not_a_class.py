class N:
    v = len

match 5:
    case N.v():
        print("no")
