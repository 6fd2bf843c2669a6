# Sorting and closures: list.sort with key functions and lambdas, sorted on tuples, bisect-free merges.
import random

rng = random.Random(42)
data = [rng.randrange(1000000) for _ in range(200000)]
print(sorted(data)[:3], sorted(data, reverse=True)[:3])
records = [(rng.randrange(100), 'name%d' % i, rng.random()) for i in range(100000)]
records.sort(key=lambda r: (r[0], r[1]))
print(records[0][:2], records[-1][:2])


def make_key(mod):
    def key(x):
        return (x % mod, x)
    return key


for m in (7, 13, 101):
    data.sort(key=make_key(m))
print(data[:3], data[-3:])
