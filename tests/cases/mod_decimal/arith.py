# Arithmetic, rounding modes, comparisons and hashing.
from decimal import *
import decimal

getcontext().traps[Inexact] = False
a, b = Decimal("7.25"), Decimal("-2.5")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b), a ** 2, b ** 3)
print(a + 1, 1 + a, 3 - a, a * 2, 10 / a, 10 // a, 10 % a, 2 ** Decimal("0.5"), pow(Decimal(3), 4, 7), pow(Decimal(-3), 3, 7))
for x, y in [("7", "3"), ("-7", "3"), ("7", "-3"), ("-7", "-3"), ("7.5", "0.2"), ("1E+10", "3"), ("0", "5"), ("5", "Infinity")]:
    x, y = Decimal(x), Decimal(y)
    print(x, y, x // y, x % y, x.remainder_near(y), divmod(x, y))
print(Decimal(1) / Decimal(7), Decimal(2) / Decimal(4), Decimal("1.00") / Decimal("0.1"), Decimal(100) / Decimal("0.5"))
print(Decimal("0.1") + Decimal("0.2"), Decimal("1E+30") + Decimal("1E-30"), Decimal("1.000") - Decimal("1"), Decimal("-0") + Decimal("0"))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    c = Context(prec=3, rounding=r)
    vals = [c.plus(Decimal(s)) for s in ["1.234", "1.235", "1.245", "-1.235", "1.2501", "-9.999", "1.201", "1.251", "0.5"]]
    q = [Decimal(s).quantize(Decimal("1"), rounding=r) for s in ["2.5", "-2.5", "1.5", "0.5", "2.51", "-0.4"]]
    print(r, vals, q, c.add(Decimal("1"), Decimal("-1")), Decimal("1.25").to_integral_value(rounding=r))
for s in ["1.5", "2.5", "-1.5", "123.456", "1E+2", "NaN"]:
    d = Decimal(s)
    print(s, d.to_integral(), d.to_integral_exact(rounding=ROUND_FLOOR), d.quantize(Decimal("0.1")), d.normalize())
print(Decimal(1) == 1, Decimal("1.0") == 1, Decimal("0.5") < 1, Decimal(2) > 1.5, Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1)
print(Decimal(1) < Decimal("Infinity"), Decimal("-Infinity") < -10**100, sorted([Decimal(3), 1, 2.5, Decimal("-1")]))
from fractions import Fraction
print(Decimal("0.5") == Fraction(1, 2), Decimal("0.3") < Fraction(1, 3), Decimal(1) == 1+0j, Decimal(1) == 1+1j, max(Decimal(1), Fraction(3, 2)))
try:
    Decimal("NaN") < 1
except InvalidOperation as e:
    print("InvalidOperation", e)
for v in ["1", "1.0", "1.50", "-0", "0.001", "1E+100", "-1E-100", "Infinity", "-Infinity", "123456789.123456789"]:
    d = Decimal(v)
    print(v, hash(d), hash(d) == hash(float(d)) if d.is_finite() and float(d) == d else "")
print(hash(Decimal("0.5")) == hash(Fraction(1, 2)), hash(Decimal(10**40)) == hash(10**40))
try:
    hash(Decimal("sNaN"))
except TypeError as e:
    print(e)
for op in ["+", "-", "*", "/", "//", "%", "**", "<", "divmod"]:
    try:
        if op == "divmod":
            divmod(Decimal(1), 1.5)
        else:
            eval(f"Decimal(1) {op} 1.5")
        print(op, "ok")
    except TypeError as e:
        print(op, e)
try:
    Decimal(1) + "1"
except TypeError as e:
    print(e)
try:
    Decimal(1).compare("1")
except TypeError as e:
    print(e)
print(Decimal(5).compare(3), Decimal(3).compare(5), Decimal(3).compare(Decimal("3.0")), Decimal("NaN").compare(1), Decimal(1).compare_total(Decimal("1.0")))
print(Decimal(-2).compare_total_mag(1), Decimal(2).max(3), Decimal(2).min(Decimal("NaN")), Decimal(-3).max_mag(2), Decimal(-3).min_mag(2))
print(Decimal(2).copy_sign(Decimal(-1)), Decimal(-2).copy_abs(), Decimal(2).copy_negate(), Decimal(10).fma(2, 3), Decimal("1.5").same_quantum(Decimal("2.5")))
print(Decimal("12345").rotate(2), Decimal("12345").shift(-2), Decimal("12").scaleb(3), Decimal("0.001").logb(), Decimal("1101").logical_and(Decimal("1011")))
print(Decimal("1101").logical_or(Decimal("10")), Decimal("1101").logical_xor(Decimal("1")), Decimal("0").logical_invert(Context(prec=5)))
print(Decimal(1).next_plus(), Decimal(1).next_minus(), Decimal(1).next_toward(2), Decimal(1).next_toward(0), Decimal("Infinity").next_minus())
for x in ["0", "1", "-1", "1E-999999", "1E-1000005", "Infinity", "-Infinity", "NaN", "sNaN", "-0"]:
    d = Decimal(x)
    print(x, d.number_class(), d.is_normal(), d.is_subnormal(), d.is_finite(), d.is_infinite(), d.is_nan(), d.is_qnan(), d.is_snan(), d.is_canonical())
c = Context(prec=5, Emax=10, Emin=-10)
for op in ["1E+10 * 100", "9.9999E+10 + 1E+6", "1E-10 / 1000", "1E-14 / 10", "1.23456 * 1"]:
    x, o, y = op.split()
    c.clear_flags()
    try:
        r = {"*": c.multiply, "+": c.add, "/": c.divide}[o](Decimal(x), Decimal(y))
        print(op, r, [k.__name__ for k, v in c.flags.items() if v])
    except DecimalException as e:
        print(op, type(e).__name__, e)
c = Context(prec=5, Emax=10, Emin=-10, clamp=1)
print(c.plus(Decimal("1E+10")), c.create_decimal("1.2E+10"), c.create_decimal("0E+20"))
print(Decimal(2) ** -2, Decimal("2.0") ** -2, Decimal(-2) ** 3, Decimal(0) ** 5, Decimal(10) ** -3, Decimal("1.0") ** 5, Decimal(1) ** Decimal("Infinity"))
for bad in ["Decimal(0) ** 0", "Decimal(-2) ** Decimal('0.5')", "Decimal(1) / 0", "Decimal(0) / 0", "Decimal(1) % 0", "Decimal('Infinity') - Decimal('Infinity')",
            "Decimal(10) ** 1000000000", "Decimal(10) // Decimal('1E-30')"]:
    try:
        print(eval(bad))
    except DecimalException as e:
        print(bad, type(e).__name__, e)
with localcontext() as lc:
    lc.traps[InvalidOperation] = False
    lc.traps[DivisionByZero] = False
    print(Decimal(0) / 0, Decimal(1) / 0, Decimal(-1) / 0, Decimal("Infinity") * 0, Decimal("sNaN") + 1, Decimal("NaN5") + Decimal("sNaN7"))
    print(sorted(k.__name__ for k, v in lc.flags.items() if v))
