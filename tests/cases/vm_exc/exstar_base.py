try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as e:
    print(repr(e))
except* Exception as e:
    print(repr(e))
