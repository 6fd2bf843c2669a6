match v:
    case 1 as a.b:
        pass
