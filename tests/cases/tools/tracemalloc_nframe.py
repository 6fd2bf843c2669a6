import tracemalloc

def rec(n):
    if n == 0:
        return [bytes(64)]
    return rec(n - 1)

for limit in (1, 2, 5, 30):
    tracemalloc.start(limit)
    keep = rec(10)
    tb = tracemalloc.get_object_traceback(keep[0])
    print(limit, len(tb), tb.total_nframe if hasattr(tb, "total_nframe") else None)
    snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)])
    trace = [t for t in snap.traces if t.size == 64 + 33][0]
    print(" ", len(trace.traceback), trace.traceback.total_nframe, str(trace.traceback), trace.traceback[-1])
    print(" ", [f.lineno for f in trace.traceback])
    tracemalloc.stop()
