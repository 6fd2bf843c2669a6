# float() through __float__ and __index__, with CPython's errors and DeprecationWarnings for
# results that are float subclass instances.
class MyFloat(float):
    pass

class HasFloat:
    def __float__(self): return 1.5
class HasIndex:
    def __index__(self): return 6
class BigIndex:
    def __index__(self): return 10**400
class SubFloat:
    def __float__(self): return MyFloat(2.5)
class IntFloat:
    def __float__(self): return 1
class FloatAndIndex:
    def __float__(self): return 0.5
    def __index__(self): return 7
class IntOverride(int):
    def __float__(self): return 4.25
class FloatOverride(float):
    def __float__(self): return 8.5
class OnlyTrunc:
    def __trunc__(self): return 3
class BadIndex:
    def __index__(self): return "7"

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

for o in [HasFloat(), HasIndex(), BigIndex(), SubFloat(), IntFloat(), FloatAndIndex(), IntOverride(3),
          FloatOverride(1.0), MyFloat(2.0), OnlyTrunc(), BadIndex(), True, 10**400, " 1.5 ", b"2.5",
          bytearray(b"3.5"), memoryview(b"4.5"), b"x", "y", object(), None, 1j]:
    show(float, o)

import math
for o in [HasFloat(), HasIndex(), SubFloat(), IntFloat(), IntOverride(3), OnlyTrunc(), "1"]:
    show(math.sqrt, o)
show(float, x=1)
show(float, 1, 2)
print(type(MyFloat(HasFloat())).__name__, MyFloat(HasIndex()))
