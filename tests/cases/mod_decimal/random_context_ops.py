# Context operations on random operands, precisions, exponent limits and rounding modes, with the flags they raise.
import random
from decimal import *
random.seed(12345)
def rnd():
    k = random.random()
    if k < 0.05: return random.choice(["NaN", "-NaN", "sNaN", "Infinity", "-Infinity", "0", "-0", "0E+5", "0E-7", "NaN12"])
    digits = random.randint(1, random.choice([3, 10, 30, 40]))
    coef = str(random.randint(0, 10**digits - 1))
    exp = random.randint(-40, 20) if random.random() < 0.8 else random.randint(-1000010, 1000010)
    return ("-" if random.random() < 0.4 else "") + coef + "E" + str(exp)
ops2 = ["add", "subtract", "multiply", "divide", "divide_int", "remainder", "remainder_near", "compare", "compare_total", "max", "min", "max_mag", "min_mag", "quantize", "power", "next_toward", "same_quantum", "scaleb", "divmod"]
ops1 = ["sqrt", "exp", "ln", "log10", "logb", "next_plus", "next_minus", "normalize", "to_integral_exact", "plus", "minus", "abs", "number_class", "to_sci_string", "to_eng_string"]
rounds = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for i in range(250):
    c = Context(prec=random.choice([1, 3, 9, 16, 28, 34]), rounding=random.choice(rounds), Emax=random.choice([99, 999999]), Emin=random.choice([-99, -999999]), clamp=random.randint(0, 1), traps=[])
    if random.random() < 0.5:
        op = random.choice(ops2); a, b = Decimal(rnd()), Decimal(rnd())
        if op in ("power",) and (a.is_finite() and b.is_finite() and (abs(b) > 1000 or b.adjusted() > 3)):
            b = Decimal(random.randint(-20, 20))
        if op == "scaleb": b = Decimal(random.randint(-100, 100))
        args = (a, b)
    else:
        op = random.choice(ops1); args = (Decimal(rnd()),)
        if op in ("exp",) and args[0].is_finite() and args[0].adjusted() > 6: args = (args[0].scaleb(-args[0].adjusted()),)
    try:
        r = getattr(c, op)(*args)
    except Exception as e:
        r = type(e).__name__
    print(i, op, c.prec, c.rounding, c.Emax, c.clamp, *args, "->", r, sorted(k.__name__ for k, v in c.flags.items() if v))
