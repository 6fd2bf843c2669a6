# Powers that certainly overflow or underflow, neighbours of numbers outside the exponent range,
# and NaN payloads cut to the precision.
from decimal import *

for r in [ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_HALF_EVEN]:
    c = Context(prec=5, rounding=r, Emax=99, Emin=-99, traps=[])
    for x, y in [(10, 1000000000), (-10, 1000000001), (10, -1000000000), (10, 99), (10, 100), (10, -103), (10, -105), (10, -200), (3, -300),
                 (2, Decimal("-400.5")), (2, Decimal("1000.5")), (Decimal("0.5"), Decimal("1000.5")), (Decimal("9E-60"), 2), (Decimal("1.0000001"), 10**8)]:
        c.clear_flags()
        print(r, x, y, c.power(Decimal(x), Decimal(y)), sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=16, rounding=ROUND_FLOOR, Emax=99, Emin=-99, traps=[])
for x in ["1E-18", "9.285E-817358", "7.031E+391499", "-8E+215271", "1E-114", "0", "-0"]:
    d = Decimal(x)
    c.clear_flags()
    print(x, c.next_minus(d), c.next_plus(d), c.next_toward(d, Decimal(-1)), c.next_toward(d, Decimal(1)), sorted(k.__name__ for k, v in c.flags.items() if v))
c = Context(prec=3, traps=[])
print(c.remainder_near(Decimal("NaN12345"), 0), c.add(Decimal("sNaN98765"), 1), c.plus(Decimal("-NaN123")), Context(prec=3, clamp=1).plus(Decimal("NaN1234")))
print(c.create_decimal("NaN1234"), c.create_decimal("NaN123"), sorted(k.__name__ for k, v in c.flags.items() if v))
