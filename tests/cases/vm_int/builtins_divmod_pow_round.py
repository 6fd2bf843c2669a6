tests = [
 lambda: pow(2, 10), lambda: pow(2, -1), lambda: pow(3, -1, 7), lambda: pow(2, 10, 1000), lambda: pow(2, 3, 0), lambda: pow(4, -1, 8),
 lambda: pow(2.0, 3, 5), lambda: pow('a', 2), lambda: pow('a', 2, 3), lambda: pow(2, 'a', 3), lambda: pow(base=2, exp=5), lambda: pow(2, exp=5, mod=3),
 lambda: pow(2, 5, -3), lambda: pow(-2, 5, 3), lambda: pow(0, -1, 5), lambda: pow(2, 100, 10**20+1), lambda: pow(), lambda: pow(1,2,3,4), lambda: pow(2, 0, 1), lambda: pow(2, 0, -1),
 lambda: pow(True, 2), lambda: pow(-8, 1/3), lambda: pow(0.0, -1), lambda: pow(10.0, 400), lambda: pow(2, 1.5, 3),
 lambda: divmod(7, 2), lambda: divmod(-7, 2), lambda: divmod(7, -2.5), lambda: divmod('a', 1), lambda: divmod(1), lambda: divmod(2**70, 3), lambda: divmod(float('inf'), 3), lambda: divmod(1, float('inf')), lambda: divmod(-1, float('inf')),
 lambda: divmod(True, True), lambda: divmod(5, x=3), lambda: divmod(0.0, -1.0), lambda: divmod(1e308, 1e-308),
 lambda: round(2.5), lambda: round(3.5), lambda: round(-0.5), lambda: round(2.675, 2), lambda: round(1234.5678, -2), lambda: round(1e300, -300), lambda: round(5e-324, 400), lambda: round(0.5, None),
 lambda: round(15, -1), lambda: round(25, -1), lambda: round(-35, -1), lambda: round(12345, -10), lambda: round(2**80 + 5, -1), lambda: round(7, 2), lambda: round(True), lambda: round(True, 1),
 lambda: round('a'), lambda: round(1.5, 'x'), lambda: round(number=1.25, ndigits=1), lambda: round(), lambda: round(float('nan')), lambda: round(float('inf')), lambda: round(float('inf'), 2), lambda: round(1.5, 2**70), lambda: round(1.5, -2**70),
 lambda: round(1+2j), lambda: round(0.1 + 0.2, 15), lambda: round(-0.0), lambda: round(-0.0, 1), lambda: round(2**1023 * 1.999, -308),
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
class R:
    def __round__(self, n=None): return ('r', n)
print(round(R()), round(R(), 3), round(R(), None))
class P:
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o, m=None): return ('rpow', o, m)
    def __divmod__(self, o): return ('dm', o)
    def __rdivmod__(self, o): return ('rdm', o)
print(pow(P(), 2), pow(2, P()), pow(P(), 2, 3), divmod(P(), 1), divmod(1, P()))
try: pow(2, 2, P())
except TypeError as e: print(e)
