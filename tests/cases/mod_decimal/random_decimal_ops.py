# Decimal operators, methods, conversions and formatting on random operands.
import random, math
from decimal import *
from fractions import Fraction
random.seed(777)
def rnd(maxd=30):
    k = random.random()
    if k < 0.04: return random.choice(["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "0", "-0", "0E+5", "0E-7"])
    digits = random.randint(1, maxd)
    coef = str(random.randint(0, 10**digits - 1))
    exp = random.randint(-30, 10)
    return ("-" if random.random() < 0.4 else "") + coef + "E" + str(exp)
specs = ["", ".3", ".0f", ".2f", ",", ",.2f", "e", ".4e", "E", "g", ".5g", "G", "%", ".1%", "n", ".3n", ">12", "<12.3f", "^15", "=+12,", "012", " .2f", "+e", "z.1f", "010,.3f"]
getcontext().traps[InvalidOperation] = False
getcontext().traps[DivisionByZero] = False
getcontext().traps[Overflow] = False
for i in range(150):
    a = Decimal(rnd())
    b = Decimal(rnd(8))
    out = []
    for f in [lambda: a + b, lambda: a - b, lambda: a * b, lambda: a / b, lambda: a // b, lambda: a % b, lambda: divmod(a, b), lambda: a ** 2, lambda: a == b, lambda: a < b,
              lambda: hash(a) if not a.is_nan() else 0, lambda: str(a), lambda: a.to_eng_string(), lambda: format(a, random.choice(specs)), lambda: a.as_tuple(), lambda: a.as_integer_ratio(),
              lambda: int(a), lambda: float(a), lambda: round(a), lambda: round(a, 2), lambda: math.floor(a), lambda: a.quantize(Decimal("0.001")),
              lambda: a.fma(b, 1), lambda: a.rotate(3), lambda: a.shift(-2), lambda: a.logical_and(Decimal(1)), lambda: a.copy_sign(b), lambda: a.compare_signal(b),
              lambda: a == Fraction(1, 3), lambda: a < 1.5, lambda: a.sqrt(), lambda: a.normalize(), lambda: a.adjusted(), lambda: a.is_normal(), lambda: -a, lambda: abs(a),
              lambda: a + 10**20, lambda: 7 - a, lambda: a.max(b), lambda: a.remainder_near(b), lambda: a.to_integral_exact(ROUND_HALF_UP)]:
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append(type(e).__name__)
    print(i, a, b, " ".join(out))
    getcontext().clear_flags()
