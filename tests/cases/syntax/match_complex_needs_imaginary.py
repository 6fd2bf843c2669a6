match v:
    case 1 + 1:
        pass
