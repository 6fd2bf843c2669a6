match v:
    case :
        pass
