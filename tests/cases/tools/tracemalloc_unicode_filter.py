import tracemalloc
_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm

tracemalloc.start()
values = [float(i) / 7 for i in range(500)]
pairs = [(i, -i) for i in range(1000, 1300)]
snap = tracemalloc.take_snapshot()
stats = snap.filter_traces([tracemalloc.Filter(True, __file__, 6)]).statistics('lineno')
print(len(stats), stats[0].count >= 500, stats[0].traceback)
for stat in snap.filter_traces([tracemalloc.Filter(True, __file__, 7)]).statistics('lineno'):
    print(stat)
