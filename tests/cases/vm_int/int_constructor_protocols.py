# int() through __int__, __index__ and the deprecated __trunc__, with CPython's errors and
# DeprecationWarnings for results that are int subclass instances.
class MyInt(int):
    pass

class HasInt:
    def __int__(self): return 5
class HasIndex:
    def __index__(self): return 6
class HasTrunc:
    def __trunc__(self): return 7
class BoolInt:
    def __int__(self): return True
class SubInt:
    def __int__(self): return MyInt(9)
class StrInt:
    def __int__(self): return "x"
class BadIndex:
    def __index__(self): return 1.5
class SubIndex:
    def __index__(self): return MyInt(11)
class TruncFloat:
    def __trunc__(self): return 2.5
class TruncIndex:
    def __trunc__(self): return HasIndex()
class TruncSub:
    def __trunc__(self): return MyInt(3)
class IntAndIndex:
    def __int__(self): return 1
    def __index__(self): return 2
class IntOverride(int):
    def __int__(self): return 42
class FloatOverride(float):
    def __int__(self): return 43
class RaisingInt:
    def __int__(self): raise RuntimeError("boom")

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)

for o in [HasInt(), HasIndex(), HasTrunc(), BoolInt(), SubInt(), StrInt(), BadIndex(), SubIndex(),
          TruncFloat(), TruncIndex(), TruncSub(), IntAndIndex(), IntOverride(5), FloatOverride(2.5),
          RaisingInt(), MyInt(8), True, 3.9, -3.9, "12", b" 13 ", bytearray(b"14"), memoryview(b"15"),
          object(), None, [1], 1j]:
    show(int, o)

# With an explicit base only str, bytes and bytearray are accepted.
show(int, "ff", 16)
show(int, b"ff", 16)
show(int, bytearray(b"ff"), HasIndex())
show(int, memoryview(b"ff"), 16)
show(int, 12, 10)
show(int, "12", 1)
show(int, "12", 37)
show(int, "12", 2.0)
show(int, "0x1f", 0)
show(int, base=10)
show(int, x="1")
show(int, "1", base=MyInt(10))
print(type(int(MyInt(3))).__name__, type(MyInt("4")).__name__, MyInt(HasInt()))
show(hex, SubIndex())
show(chr, HasIndex())
show(bin, BadIndex())
show(lambda i: [0] * i, SubIndex())
