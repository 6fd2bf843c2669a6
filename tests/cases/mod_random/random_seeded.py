import random
random.seed(12345)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice('abcdefg'))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.getrandbits(100), random.getrandbits(32), random.getrandbits(1))
for s in [0, 1, -1, 2**32, 2**100 + 7, -(2**70), 'hello', b'bytes', bytearray(b'ba'), 3.5, True]:
    random.seed(s); print(repr(s), random.random(), random.randbytes(5))
random.seed('x', version=1); print(random.random())
r = random.Random(42); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
print(random.Random(7).choices(range(10), k=5), random.Random(7).triangular(), random.Random(7).expovariate(2), random.Random(7).betavariate(2, 3), random.Random(7).normalvariate())
import _random
R = _random.Random
for call in ["R(1, 2)", "R(x=1)", "R().seed(1, 2)", "R().getrandbits(-1)", "R().getrandbits(2**31)", "R().setstate(1)", "R().setstate((1,)*3)", "R().setstate((1,)*624 + (625,))", "R().setstate((-1,)*625)", "R().setstate(('a',)*625)", "R().setstate((2**64,)*625)", "R().seed([])", "random.seed([])", "R(None).getrandbits(0)", "type(R().getstate())", "R(5).getstate()[:2]"]:
    try: print(call, '->', eval(call))
    except Exception as e: print(call, '!!', type(e).__name__, e)
class S(R):
    def __init__(self, a, b): super().__init__(a)
print(S(3, 4).random())
rs = random.Random(5)
print(rs.randrange(10**30), rs.binomialvariate(10, 0.3) if hasattr(rs, 'binomialvariate') else None)
