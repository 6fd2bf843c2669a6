import tracemalloc

tracemalloc.start(2)
keep = [bytes(300) for _ in range(3)]
snap = tracemalloc.take_snapshot()
raw = [t for t in tracemalloc._get_traces() if t[2][0][0] == __file__ and t[2][0][1] == 4]
mine = snap.filter_traces([tracemalloc.Filter(True, __file__, 4)])
print(snap.traceback_limit, type(snap.traces).__name__)
print(repr(mine.traces))
traces = sorted(mine.traces, key=lambda t: (t.size, t.traceback))
for t in traces:
    print(t.size, t.domain, str(t.traceback), t.traceback.total_nframe)
print(traces[-1] in mine.traces, traces[-1] == traces[-1], mine.traces[0:0])
print(sorted((d, s, n) for d, s, fr, n in raw))
print(sorted({fr for d, s, fr, n in raw}))
