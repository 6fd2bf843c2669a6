try:
    pass
except Exception as e:
    raise RuntimeError("bad") from
