# get_stats(): three dicts with collections/collected/uncollectable; deltas after collections.
import gc
st = gc.get_stats()
print(type(st).__name__, len(st))
for s in st:
    print(sorted(s), all(type(v) is int and v >= 0 for v in s.values()))
gc.collect()
s0 = gc.get_stats()
gc.collect(0)
gc.collect(0)
gc.collect(1)
l = []; l.append(l); del l
gc.collect(2)
s1 = gc.get_stats()
for a, b in zip(s0, s1):
    print({k: b[k] - a[k] for k in sorted(a)})
try:
    gc.get_stats(1)
except TypeError as e:
    print(e)
