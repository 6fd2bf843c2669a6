match v:
    case {**_}:
        pass
