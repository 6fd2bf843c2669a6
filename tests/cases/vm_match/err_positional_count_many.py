class P:
    __match_args__ = ("x", "y")

match P():
    case P(1, 2, 3):
        pass
