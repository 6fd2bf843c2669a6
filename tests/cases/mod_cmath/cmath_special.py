# cmath: C99 Annex G special values, domain and range errors, argument conversion and errors.
import cmath, math
vals = [-math.inf, -2.5, -0.0, 0.0, 1.5, math.inf, math.nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
def show(f, *a):
    try:
        return repr(f(*a))
    except (ValueError, OverflowError) as e:
        return type(e).__name__
for n in names:
    f = getattr(cmath, n)
    row = [show(f, complex(re, im)) for re in vals for im in vals if not (math.isfinite(re) and math.isfinite(im))]
    row += [show(f, complex(re, im)) for re in (-0.0, 0.0) for im in (-0.0, 0.0)]
    print(n, ' '.join(row))
print('rect', ' '.join(show(cmath.rect, r, phi) for r in vals for phi in vals if not (math.isfinite(r) and math.isfinite(phi))))
for n in names:
    f = getattr(cmath, n)
    print(n, [show(f, z) for z in (0.5+0.25j, 1e300+1e300j, 2, 1, 0.99999+1e-20j, -710+1j, 3j, 1+0j, 1e-310+1e-310j)])
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3+4j), cmath.rect(1, 0.0), cmath.rect(-0.0, -0.0), cmath.rect(2, 0.5))
print(cmath.isfinite(1+2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1+1j, 1+1.0000000001j),
      cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(1j, 1.1j, abs_tol=0.05), cmath.isclose(complex(math.inf, 1), complex(math.inf, 1)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(100, 10))
class Cx:
    def __complex__(self): return 2+3j
class Fl:
    def __float__(self): return 0.5
class Bad:
    def __complex__(self): return 1
print(cmath.sqrt(Cx()), cmath.exp(Fl()), cmath.sqrt(4), cmath.sqrt(-4), cmath.sqrt(True), cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)))
for call in ["cmath.sqrt('x')", "cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.sqrt(z=1)", "cmath.log()", "cmath.log(1, 2, 3)", "cmath.log(0)", "cmath.log(1, 1)", "cmath.log(2, 0)",
             "cmath.rect(1)", "cmath.rect('a', 1)", "cmath.isclose(1)", "cmath.isclose(1, 1, rel_tol=-1)", "cmath.polar(complex(1e308, 1e308))", "cmath.sqrt(Bad())",
             "cmath.exp(1000)", "cmath.cosh(1000)", "cmath.atanh(1)", "cmath.log10(0)", "cmath.sqrt(10**400)", "cmath.phase(complex(math.nan, 1))", "cmath.polar(complex(math.inf, math.nan))"]:
    try: print(call, '->', repr(eval(call)))
    except Exception as e: print(call, '!!', type(e).__name__, e)
