try:
    raise ValueError("v")
except 42:
    pass
