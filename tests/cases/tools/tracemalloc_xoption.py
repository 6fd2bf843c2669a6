import sys
import tracemalloc

_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm
state = (tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), sys._xoptions)
data = bytes(5000)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, 7)])
print(*state)
print([(str(t.traceback), t.size) for t in snap.traces if t.size > 1000])
