# __format__ and the transcendental functions.
from decimal import *

for v, s in [("1234", "010,"), ("nan", "010"), ("-1.5", "010"), ("-0.0001", "z.2f"), ("1.5", "%"), ("1E+10", ""), ("123.456", ".2"), ("0.000001", "n"),
             ("1234567", "n"), ("inf", "+%"), ("12.5", ".0f"), ("0E+3", "f"), ("1234", "e"), ("0", ".3e"), ("1234567.891", ",.2f"), ("-1234.5", "^+15,.1f"),
             ("1.23456789", ".3g"), ("0.00001234", "g"), ("123456789", "G"), ("1.5", "*<8"), ("-0", ""), ("12.345", ".1%"), ("99.97", ".3"),
             ("1E-7", "f"), ("-123", " "), ("5", "e"), ("1.2345E-5", ".2E")]:
    print(repr(v), repr(s), repr(format(Decimal(v), s)))
for s in ["<010", "x", "_.2f", ",n"]:
    try:
        format(Decimal(1), s)
    except ValueError as e:
        print(repr(s), e)
print(f"{Decimal('3.14159'):.2f} {Decimal('-2'):>6} {Decimal('0.5'):.0%}")

ctx = getcontext()
for x in ["0", "1", "2", "-1", "0.5", "10", "1E-30", "-1E-30", "100", "1E+3", "-1000", "12.5", "Infinity", "-Infinity", "NaN", "2.302585092994045684017991455"]:
    d = Decimal(x)
    print(x, d.exp())
for x in ["1", "2", "10", "0.5", "1.000", "1E-10", "1E+100", "7.389056098930650227230427461", "0", "Infinity", "1.0000000001", "0.9999999999"]:
    d = Decimal(x)
    print(x, d.ln(), d.log10())
for x in ["-1", "-Infinity"]:
    try:
        Decimal(x).ln()
    except InvalidOperation as e:
        print(x, e)
for x in ["2", "0.01", "100", "1E-7", "3", "1E+5", "0", "-0", "Infinity", "1.44"]:
    print(x, Decimal(x).sqrt())
for prec in [5, 12, 40]:
    c = Context(prec=prec)
    print(prec, c.exp(Decimal(1)), c.ln(Decimal(3)), c.log10(Decimal(7)), c.sqrt(Decimal(5)), c.power(Decimal(2), Decimal("0.5")), c.power(Decimal("1.1"), 100))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    c = Context(prec=7, rounding=r)
    print(r, c.exp(Decimal("0.1")), c.exp(Decimal("-2.5")), c.ln(Decimal("0.3")), c.log10(Decimal("3.3")), c.exp(Decimal("1E-10")), c.power(Decimal(3), Decimal("1.5")))
c = Context(prec=9)
c.clear_flags()
print(c.exp(Decimal(1000)), c.exp(Decimal(100000000)), c.exp(Decimal(-100000000)))
print([k.__name__ for k, v in c.flags.items() if v])
c.clear_flags()
print(c.ln(Decimal(1)), c.log10(Decimal(1000)), [k.__name__ for k, v in c.flags.items() if v])
print(Decimal(2) ** Decimal("-1.5"), Decimal("1E+5") ** Decimal("0.5"), Decimal(9) ** Decimal("0.5"), Decimal("1.00") ** Decimal("2.5"), Decimal("0.5") ** 10)
print(Decimal(7) ** 30, Decimal("1.5") ** -3, Decimal(3) ** -1)
