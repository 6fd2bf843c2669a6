# Decimal construction from str, int, float, tuple and Decimal; str, repr and as_tuple.
from decimal import Decimal, getcontext, InvalidOperation, Context
import decimal

for s in ["0", "-0", "1.50", "1e5", "1E-7", "-1.23e+10", " 12 ", "1_000.5", "\u0661\u0662", ".5", "5.", "+.5e-3",
          "Infinity", "-inf", "NaN", "-nan123", "sNaN", "sNaN0012", "0.000001", "0.0000001", "123456789e-15", "1e999999999"]:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string(), d.as_tuple())

for s in ["abc", "1.2.3", ".e1", "1e", "1 2", "", "--1", "1e+-3", "in f"]:
    try:
        Decimal(s)
    except InvalidOperation as e:
        print(repr(s), type(e).__name__, e)

for v in [0, 1, -1, 10**30, -(2**100), True]:
    print(repr(Decimal(v)))
for f in [0.1, -0.0, 1.5, 1e300, 5e-324, float("inf"), float("-inf"), float("nan")]:
    print(repr(Decimal(f)), repr(Decimal.from_float(f)))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), "F"), (1, (4, 2), "n"), (0, [1], "N"), [0, (1,), 2]]:
    print(repr(Decimal(t)))
for bad in [(2, (1,), 0), (0, (10,), 0), (0, (1,), "x"), (0, (1,), 1.5), (0, 1, 2), (0, (1,))]:
    try:
        Decimal(bad)
    except ValueError as e:
        print(bad, e)
for bad in [[], {}, 1j, b"1"]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(repr(Decimal(Decimal("3.14"))), repr(Decimal()))
c = Context(prec=3)
print(repr(c.create_decimal("3.14159")), repr(c.create_decimal(12345)), repr(c.create_decimal_from_float(0.1)))
print(repr(Decimal("1.30").normalize()), repr(Decimal("-0.00").as_integer_ratio()), Decimal("2.5").as_integer_ratio(), Decimal("-1.25E3").as_integer_ratio())
for d in ["1e5", "12.34", "-0.001", "123E+2", "0E-10", "1E+3", "0E+4"]:
    x = Decimal(d)
    print(d, x.to_eng_string(), x.adjusted(), x.is_signed(), x.is_zero(), x.number_class())

class MyDec(Decimal):
    pass
m = MyDec("1.5")
print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDec.from_float(0.5)).__name__, m == Decimal("1.5"))
print(Decimal("3.7").__reduce__(), Decimal("1.2").real, Decimal("1.2").imag, Decimal(5).conjugate())
import copy
t, args = Decimal("-1.5E+7").__reduce__()
print(repr(t(*args)), repr(copy.copy(Decimal(1))), repr(copy.deepcopy(Decimal("NaN"))))
print(Decimal.__module__, decimal.__version__, decimal.__libmpdec_version__, decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
print(decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.ROUND_HALF_EVEN, decimal.DecimalTuple)
print(int(Decimal("-7.9")), float(Decimal("1.1")), Decimal("2.5").__complex__(), bool(Decimal(0)), bool(Decimal("0.1")), bool(Decimal("NaN")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("1.2345"), 2), round(Decimal("-1.5")), type(round(Decimal("1.5"))).__name__)
import math
print(math.floor(Decimal("-1.5")), math.ceil(Decimal("1.1")), math.trunc(Decimal("-2.7")))
for bad in ["NaN", "Infinity", "sNaN"]:
    for f in (int, round, math.floor, float):
        try:
            print(f(Decimal(bad)))
        except (ValueError, OverflowError) as e:
            print(bad, f.__name__, type(e).__name__, e)
