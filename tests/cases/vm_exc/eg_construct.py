for args in [(), ("m",), ("m", ()), (1, (ValueError(),)), ("m", 5), ("m", {}), ("m", (1,)), ("m", (ValueError(), 2)), ("m", [ValueError(1)], 3)]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(repr(e))
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    BaseExceptionGroup("m", [ValueError()], x=1)
except TypeError as e:
    print(e)
g = BaseExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(g), g)
g = BaseExceptionGroup("msg", (ValueError(1), KeyboardInterrupt()))
print(repr(g), g)
print(ExceptionGroup("one", [ValueError(1)]), repr(ExceptionGroup("", "")) if False else "")
print(repr(BaseExceptionGroup("nested", [ExceptionGroup("in", [KeyError(1)]), SystemExit(2)])))
