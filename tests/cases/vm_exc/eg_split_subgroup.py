eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(LookupError)), repr(eg.subgroup(OSError)))
print(eg.split((TypeError, KeyError)))
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: isinstance(e, ValueError)) if False else "")
m, r = eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] > 2)
print(repr(m), repr(r))
print(repr(eg.derive([KeyError(9)])), eg.message, eg.exceptions)
try:
    eg.split(3)
except TypeError as e:
    print(e)
try:
    eg.split((ValueError, 3))
except TypeError as e:
    print(e)
