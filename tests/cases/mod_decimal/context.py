# Context: construction, validation, flags and traps, templates, localcontext and setcontext.
from decimal import *
import decimal

c = getcontext()
print(c)
print(BasicContext, ExtendedContext, DefaultContext, sep="\n")
print(Context(prec=10, rounding=ROUND_DOWN, Emin=-5, Emax=5, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow, InvalidOperation]))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
for a, v in [("prec", 0), ("prec", "x"), ("Emin", 1), ("Emax", -1), ("capitals", 2), ("clamp", 3), ("rounding", "x"), ("rounding", 1),
             ("flags", 1), ("traps", [1]), ("prec", 10**20)]:
    try:
        setattr(Context(), a, v)
        print("ok", a)
    except Exception as e:
        print(a, type(e).__name__, e)
for kw in [dict(traps=[Overflow]), dict(flags=[1]), dict(flags={}), dict(prec=None), dict(xx=1)]:
    try:
        print(Context(**kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    del c.prec
except AttributeError as e:
    print(e)
print(c.flags)
print(c.traps[InvalidOperation], c.traps[Inexact], len(c.traps), list(c.traps) == [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped])
try:
    c.flags[1]
except KeyError as e:
    print("KeyError", e)
try:
    del c.flags[Inexact]
except ValueError as e:
    print(e)
print(type(c.flags).__name__, type(c.flags).__mro__[1], c.flags.copy() == {s: False for s in c.flags}, isinstance(c.flags, __import__("collections.abc").abc.MutableMapping))
print(Context().__reduce__())
for name in ["DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax", "DivisionImpossible", "DivisionUndefined", "InvalidContext",
             "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow", "FloatOperation"]:
    cls = getattr(decimal, name)
    print(name, [k.__name__ for k in cls.__mro__], cls.__module__)
x = Context(prec=4)
x.clear_traps()
print(x.divide(Decimal(1), 0), x.sqrt(Decimal(-1)), x.flags[InvalidOperation], x.flags[DivisionByZero])
x.clear_flags()
print([k.__name__ for k, v in x.flags.items() if v])
with localcontext(prec=5, rounding=ROUND_UP) as lc:
    print(lc.prec, Decimal(1) / 3, getcontext() is lc)
print(getcontext().prec, Decimal(1) / 3)
with localcontext(Context(prec=3)) as lc2:
    print(Decimal(2) / 3)
try:
    localcontext(prec=0)
except ValueError as e:
    print(e)
try:
    localcontext(1)
except TypeError as e:
    print(e)
old = getcontext()
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext())
setcontext(old)
try:
    setcontext(1)
except TypeError as e:
    print(e)
ctx = Context(prec=6)
print(ctx.add(1, 2), ctx.subtract(1, Decimal("0.1")), ctx.multiply(3, 7), ctx.divide(1, 7), ctx.divide_int(7, 2), ctx.remainder(7, 2), ctx.divmod(7, 2))
print(ctx.power(2, 10), ctx.power(2, 10, 1000), ctx.power(Decimal("2.5"), 2), ctx.sqrt(2), ctx.exp(1), ctx.ln(2), ctx.log10(2), ctx.logb(1000))
print(ctx.abs(-3), ctx.minus(3), ctx.plus(Decimal("1.2345678")), ctx.quantize(Decimal("1.2345"), Decimal("0.01")), ctx.to_integral_exact(Decimal("2.5")))
print(ctx.compare(1, 2), ctx.max(1, 2), ctx.min_mag(-1, 2), ctx.copy_sign(1, -2), ctx.is_zero(0), ctx.is_normal(1), ctx.number_class(1), ctx.to_sci_string(Decimal("1E+3")))
print(ctx.to_eng_string(Decimal("1E+4")), ctx.canonical(Decimal(3)), ctx.radix(), ctx.same_quantum(1, 2), ctx.fma(2, 3, 4), ctx.scaleb(1, 2), ctx.create_decimal("1.23456789"))
try:
    ctx.add(1.5, 1)
except TypeError as e:
    print(e)
getcontext().traps[FloatOperation] = True
try:
    Decimal(1.5)
except FloatOperation as e:
    print("FloatOperation", e)
try:
    Decimal(1) < 1.5
except FloatOperation as e:
    print("FloatOperation", e)
print(Decimal(1) == 1.0)
getcontext().traps[FloatOperation] = False
getcontext().clear_flags()
Decimal(1.5)
print(getcontext().flags[FloatOperation])
c2 = getcontext().copy()
c2.prec = 3
print(getcontext().prec, c2.prec, repr(c2.copy()) == repr(c2))
t, args = Context(prec=7, traps=[Inexact]).__reduce__()
print(t(*args))
