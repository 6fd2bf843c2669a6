match p:
    case {"a" 1}:
        pass
