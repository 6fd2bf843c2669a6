# fractions and statistics working with Decimal.
from decimal import Decimal, getcontext, localcontext
from fractions import Fraction
import statistics

print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.375")), Fraction(Decimal("1E+3")))
print(Fraction(3, 4) + Fraction(1, 6), Fraction(22, 7).limit_denominator(5), Fraction("3.1415926535").limit_denominator(1000))
print(Fraction(1, 3) ** 2, Fraction(-7, 3) // 2, Fraction(7, 3) % Fraction(1, 2), round(Fraction(7, 2)), float(Fraction(1, 3)))
print(Fraction(1.5), Fraction.from_float(0.1).limit_denominator(100), Fraction(5, 10).as_integer_ratio(), hash(Fraction(1, 2)) == hash(Decimal("0.5")))
for bad in [Decimal("NaN"), Decimal("Infinity")]:
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1.5, 2.5]), statistics.mean([Fraction(1, 2), Fraction(3, 4)]), statistics.mean([Decimal("0.1"), Decimal("0.2")]))
print(statistics.median([3, 1, 2]), statistics.median([Decimal("1.5"), Decimal("2.5"), Decimal("0.5"), Decimal("4")]), statistics.median_low([1, 3, 5, 7]))
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.variance([Decimal("1.5"), Decimal("2.5"), Decimal("2.5"), Decimal("2.75")]), statistics.pstdev([Fraction(1), Fraction(2)]))
print(statistics.fmean([1, 2, 3]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.mode([1, 1, 2]))
print(statistics.stdev([Decimal("1.0"), Decimal("2.0"), Decimal("4.0")]), statistics.pvariance([1.5, 2.5, 3.5]))
with localcontext(prec=5):
    print(statistics.mean([Decimal(1), Decimal(2), Decimal(2)]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), statistics.correlation([1, 2, 3], [2, 4, 7]))
import _pylong
print(int("1" * 5000) % 97, len(str(2 ** 20000)))
