match p:
    case [Point(x=0, y=1, 2)]:
        pass
