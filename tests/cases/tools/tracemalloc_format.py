import tracemalloc

tracemalloc.start(4)

def leaf():
    return bytearray(30_000)

def middle():
    return leaf()

keep = middle()
snap = tracemalloc.take_snapshot().filter_traces(
    [tracemalloc.Filter(True, __file__, all_frames=True)])
stat = max(snap.statistics("traceback"), key=lambda s: s.size)
print("%d block(s): %.1f KiB" % (stat.count, stat.size / 1024))
for line in stat.traceback.format():
    print(line)
for limit in (None, 0, 1, 2, -1, -2, 5, -5):
    for mrf in (False, True):
        print(limit, mrf, stat.traceback.format(limit=limit, most_recent_first=mrf))
trace = max(snap.traces, key=lambda t: t.size)
print(str(trace))
print(repr(trace))
print(tracemalloc.get_object_traceback(keep))
print(repr(tracemalloc.get_object_traceback(keep)))
