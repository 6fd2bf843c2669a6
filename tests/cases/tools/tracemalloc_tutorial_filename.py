import tracemalloc
_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm

tracemalloc.start()

data = [str(i) for i in range(5000)]
more = [[i] for i in range(1000)]

snapshot = tracemalloc.take_snapshot()
snapshot = snapshot.filter_traces((
    tracemalloc.Filter(False, "<frozen importlib._bootstrap>"),
    tracemalloc.Filter(False, "<unknown>"),
    tracemalloc.Filter(True, __file__),
))
for stat in snapshot.statistics('filename')[:3]:
    print(stat)
for stat in snapshot.statistics('lineno')[:3]:
    print(stat)
