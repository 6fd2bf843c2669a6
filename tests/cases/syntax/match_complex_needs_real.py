match v:
    case 1j + 2j:
        pass
