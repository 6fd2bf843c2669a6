match v:
    case x + 1:
        pass
