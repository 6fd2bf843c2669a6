import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.pi))
print(math.sqrt(2), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(4), math.sqrt(10**100), math.sqrt(float('inf')))
print(math.exp(1), math.exp(0), math.exp(-745.2), math.exp(709), math.exp(-float('inf')))
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(10**1000), math.log(2**2000, 2), math.log(0.5))
print(math.log2(8), math.log2(2**-1074 * 1.0), math.log2(10**500), math.log10(1000), math.log10(10**400), math.log1p(0.0), math.log1p(-0.5))
print(math.fabs(-3), math.copysign(1, -0.0), math.copysign(-2.5, 3), math.copysign(1, float('-nan')) if False else 0, math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, float('inf')))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324), math.frexp(1.7976931348623157e308), math.frexp(float('inf')))
print(math.ldexp(1, 10), math.ldexp(0.5, -1074), math.ldexp(1.5, -1075), math.ldexp(3, 10**30 * 0) , math.ldexp(-0.0, 5), math.ldexp(1, -10**30))
print(math.modf(3.25), math.modf(-3.25), math.modf(float('inf')), math.modf(-float('inf')), math.modf(-0.0), math.modf(5))
print(math.hypot(), math.hypot(3, 4), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(float('inf'), float('nan')), math.hypot(1e308, 1e308 * 0 + 1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]), math.dist((), ()))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(3, float('inf')))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isfinite(1), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(5), math.isfinite(10**300))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(5, 5), math.nextafter(1.7976931348623157e308, math.inf))
print(math.ulp(1), math.ulp(0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308), math.ulp(5e-324))
print(math.degrees(math.pi), math.radians(180), math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(-1, math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([1, 2**53, 1]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([math.inf, 1]), math.fsum([-math.inf, 5]), math.fsum([math.nan, 1]), math.fsum([2.0**1023, -2.0**1023, 1.0]))
print(math.gamma(5), math.gamma(0.5), math.gamma(-1.5), math.lgamma(1), math.lgamma(10), math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0, 2), lambda: math.log(2, 1), lambda: math.log(10, 0.0), lambda: math.log(-10**400),
            lambda: math.exp(1000), lambda: math.asin(2), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.cosh(1000), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1),
            lambda: math.ldexp(1, 10000), lambda: math.ldexp(1, 1.5), lambda: math.pow(0, -1), lambda: math.pow(-1, 0.5), lambda: math.pow(10, 400), lambda: math.remainder(1, 0),
            lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.gamma(200), lambda: math.lgamma(-1), lambda: math.sqrt('x'), lambda: math.sqrt(1j), lambda: math.fsum([math.inf, -math.inf]),
            lambda: math.fsum([1e308, 1e308]), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1,), (1, 2)), lambda: math.dist(1, 2), lambda: math.hypot('a'),
            lambda: math.atan2(1), lambda: math.pow(1, 2, 3), lambda: math.sin(math.inf), lambda: math.tan(-math.inf), lambda: math.log1p(-1), lambda: math.log2(0), lambda: math.log10(-1),
            lambda: math.exp2(1025), lambda: math.expm1(1000), lambda: math.sinh(1000), lambda: math.exp(10**400)]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
