match v:
    case str() as "s":
        pass
