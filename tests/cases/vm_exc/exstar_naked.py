try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e))
try:
    raise KeyError("k")
except* (TypeError, LookupError) as e:
    print(repr(e))
