import tracemalloc
_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm

tracemalloc.start(3)

def grow(store, n):
    store.extend(bytearray(64) for _ in range(n))

store = []
s1 = tracemalloc.take_snapshot()
grow(store, 200)
s2 = tracemalloc.take_snapshot()
del store[:150]
grow(store, 10)
s3 = tracemalloc.take_snapshot()
mine = [tracemalloc.Filter(True, __file__, all_frames=True)]
s1, s2, s3 = (s.filter_traces(mine) for s in (s1, s2, s3))
for stat in s2.compare_to(s1, 'filename'):
    print(stat)
for stat in s3.compare_to(s2, 'lineno'):
    print(stat)
for stat in s3.compare_to(s2, 'lineno', cumulative=True):
    print(stat)
for stat in s3.compare_to(s2, 'traceback')[:2]:
    print(stat)
    print(stat.traceback.format())
