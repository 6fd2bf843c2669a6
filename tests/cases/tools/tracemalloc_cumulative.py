import tracemalloc

tracemalloc.start(5)

def build(n):
    return [str(i) * 2 for i in range(1000, 1000 + n)]

def twice():
    return build(300) + build(200)

data = twice()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
print("-- lineno cumulative")
for stat in snap.statistics('lineno', cumulative=True):
    print(stat)
print("-- filename cumulative")
for stat in snap.statistics('filename', cumulative=True):
    print(stat)
print("-- filename")
for stat in snap.statistics('filename'):
    print(stat)
try:
    snap.statistics('traceback', cumulative=True)
except ValueError as e:
    print("ValueError:", e)
try:
    snap.statistics('foo')
except ValueError as e:
    print("ValueError:", e)
