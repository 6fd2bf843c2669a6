import tracemalloc
_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm

tracemalloc.start(3)

def gen(n):
    for i in range(n):
        yield [i] * 3

results = list(gen(1000 + 20))
lam = list(map(lambda v: (v, v + 1000), range(2000, 2010)))
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
print("--")
for stat in snap.statistics('traceback')[:4]:
    print(stat.count, stat.traceback.format())
