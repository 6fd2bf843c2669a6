try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise TypeError("cause")
except TypeError as t:
    try:
        raise IndexError("x")
    except IndexError:
        raise ValueError("final") from t
