try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    print("value", repr(e))
except* TypeError as e:
    print("type", repr(e))
print("done")
