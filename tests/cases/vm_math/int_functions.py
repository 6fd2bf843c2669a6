import math
print(math.factorial(0), math.factorial(20), math.factorial(30), len(str(math.factorial(500))))
print(math.comb(10, 3), math.comb(5, 7), math.comb(100, 50), math.perm(5), math.perm(5, 2), math.perm(5, 7), math.perm(6, None))
print(math.gcd(), math.gcd(12), math.gcd(-12, 18), math.gcd(12, 18, 27), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(True))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.1), math.ceil(-2.1), math.trunc(-3.9), math.floor(7), math.ceil(2**70), type(math.floor(True)))
class F:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
    def __float__(self): return 1.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()), math.sqrt(F()))
class G:
    def __index__(self): return 9
print(math.factorial(G()), math.isqrt(G()), math.gcd(G(), 6), math.sqrt(G()))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial('3'), lambda: math.comb(-1, 2), lambda: math.comb(5, -2),
            lambda: math.perm(-3), lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.gcd(1.5), lambda: math.lcm('a'),
            lambda: math.trunc('x'), lambda: math.floor('x'), lambda: math.ceil(None), lambda: math.floor(float('inf')), lambda: math.ceil(float('nan')),
            lambda: math.comb(5), lambda: math.factorial(), lambda: math.factorial(1, 2), lambda: math.sqrt(), lambda: math.gcd(a=1)]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
print(math.prod([]), math.prod([1, 2, 3]), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod(['ab', 3]), math.prod(range(1, 30)))
print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []))
for bad in [lambda: math.sumprod([1], [1, 2]), lambda: math.prod(5), lambda: math.prod([1], 2)]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
