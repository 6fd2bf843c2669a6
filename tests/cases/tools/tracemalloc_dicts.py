import tracemalloc

tracemalloc.start()
d = {}
for i in range(5):
    d[i] = None
for i in range(5, 100):
    d[i] = None
s = set()
for i in range(3):
    s.add(i)
for i in range(3, 300):
    s.add(i)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics('lineno'), key=lambda s: s.traceback[0].lineno):
    print(stat)
print(tracemalloc.get_object_traceback(d), tracemalloc.get_object_traceback(s))
