e = KeyError("k")
e.__notes__ = 42
raise e
