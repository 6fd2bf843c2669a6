try:
    raise ValueError("a")
except ValueError as e:
    raise TypeError("b") from None
