match v:
    case int() as _:
        pass
