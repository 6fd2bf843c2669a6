import bisect, heapq, _bisect, _heapq, random
print(bisect.bisect_left is _bisect.bisect_left, heapq.heappush is _heapq.heappush)
a = [1, 2, 2, 2, 5, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)], bisect.bisect(a, 2, 1, 3), bisect.bisect_left(a, 2, lo=2), bisect.bisect_right(a, 2, hi=None))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]: bisect.insort(b, x)
bisect.insort_left(b, 4); bisect.insort_right(b, 4.0); print(b)
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
class L(list):
    def insert(self, i, x): print('insert', i, x); super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
for call in ["bisect.bisect([1], 1, -1)", "bisect.bisect(1, 1)", "bisect.bisect([1])", "bisect.bisect([1], 1, 0, 1, None)", "bisect.bisect([1, 'a'], 2)", "bisect.bisect([1], 1, 'x')", "bisect.bisect(a=[1], x=0)", "bisect.bisect((1, 2, 3), 2, hi=-1)", "bisect.bisect('abc', 'b')"]:
    try: print(call, '->', eval(call))
    except Exception as e: print(call, '!!', type(e).__name__, e)
random.seed(3)
data = [random.randrange(100) for _ in range(50)]
h = []
for x in data: heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(10)], heapq.heappushpop(h, 0), heapq.heappushpop(h, 50), heapq.heapreplace(h, 99), h[:5])
big = [random.random() for _ in range(3000)]; heapq.heapify(big); print(big[:4], all(big[(i - 1) // 2] <= big[i] for i in range(1, 3000)))
small = data[:]; heapq.heapify(small); print(small)
m = data[:]; heapq._heapify_max(m); print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, -1), m[:5])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), heapq.nsmallest(3, data, key=lambda v: -v))
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]; heapq.heapify(pairs); print(pairs)
class C:
    n = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o): C.n += 1; return self.v < o.v
    def __repr__(self): return f'C{self.v}'
cs = [C(v) for v in data[:20]]; heapq.heapify(cs); print(cs, C.n)
for call in ["heapq.heappop([])", "heapq.heapreplace([], 1)", "heapq.heappush((), 1)", "heapq.heappush([])", "heapq.heappop()", "heapq.heappop([], x=1)", "heapq.heapify(1)", "heapq.heappushpop([], 3)", "heapq.heappush([1, 'a'], 'b')"]:
    try: print(call, '->', eval(call))
    except Exception as e: print(call, '!!', type(e).__name__, e)
class Evil:
    def __lt__(self, o): hh.clear(); return True
hh = [Evil(), Evil(), Evil()]
try: heapq.heapify(hh)
except RuntimeError as e: print('RuntimeError', e)
