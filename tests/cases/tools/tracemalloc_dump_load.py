import os
import tempfile
import tracemalloc

tracemalloc.start(2)

def f():
    return [bytes(200) for _ in range(30)]

keep = f()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "snap.pickle")
    snap.dump(path)
    loaded = tracemalloc.Snapshot.load(path)
print(type(loaded).__name__, loaded.traceback_limit, len(loaded.traces) == len(snap.traces))
print(loaded.statistics('lineno') == snap.statistics('lineno'))
for stat in loaded.statistics('traceback'):
    print(stat)
print(sorted(loaded.traces._traces) == sorted(snap.traces._traces))
