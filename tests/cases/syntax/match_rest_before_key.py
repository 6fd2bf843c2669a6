match v:
    case {**rest, "key": value}:
        pass
