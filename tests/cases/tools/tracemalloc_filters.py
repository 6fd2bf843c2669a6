import tracemalloc

tracemalloc.start(4)

def helper():
    return [bytes(50) for _ in range(7)]

a = helper()
b = [bytearray(30) for _ in range(5)]
snap = tracemalloc.take_snapshot()

def show(title, filters):
    s = snap.filter_traces(filters)
    print(title, s.traceback_limit)
    for stat in s.filter_traces([tracemalloc.Filter(True, __file__, all_frames=True)]).statistics('lineno'):
        print("  ", stat)

show("lineno 6", [tracemalloc.Filter(True, __file__, 6)])
show("exclude 6", [tracemalloc.Filter(False, __file__, 6)])
show("all_frames 8", [tracemalloc.Filter(True, __file__, 8, all_frames=True)])
show("excl all_frames 8", [tracemalloc.Filter(False, __file__, 8, all_frames=True)])
show("two inclusive", [tracemalloc.Filter(True, __file__, 6), tracemalloc.Filter(True, __file__, 9)])
show("domain 0", [tracemalloc.Filter(True, __file__, domain=0)])
show("domain 1", [tracemalloc.Filter(True, __file__, domain=1)])
show("DomainFilter excl 0", [tracemalloc.DomainFilter(False, 0)])
show("DomainFilter incl 0", [tracemalloc.DomainFilter(True, 0)])
show("pattern", [tracemalloc.Filter(True, "*" + __file__[-10:])])
show("empty", [])
f = tracemalloc.Filter(True, "x.pyc", 3)
print(f.filename_pattern, f.lineno, f.inclusive, f.all_frames, f.domain)
d = tracemalloc.DomainFilter(False, 5)
print(d.inclusive, d.domain)
try:
    snap.filter_traces(None)
except TypeError as e:
    print("TypeError:", e)
try:
    f.filename_pattern = "y"
except AttributeError as e:
    print("AttributeError:", e)
