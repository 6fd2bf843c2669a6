import math
xs = [0.0, -0.0, 0.5, 1.0, 2.0, 1e-300, 1e300, 3.7, -2.5, 100.0, 710.0, float('inf'), float('-inf'), float('nan'), 0.1, 1e-10, -1e-10, 123456.789, 2**0.5]
fns = ['sqrt','exp','expm1','log','log2','log10','log1p','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh','exp2','gamma','lgamma','fabs','degrees','radians','ceil','floor','trunc','frexp','modf','ulp','isfinite','isinf','isnan']
for f in fns:
    out = []
    for x in xs:
        try: out.append(repr(getattr(math, f)(x)))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(f, ' '.join(out))
