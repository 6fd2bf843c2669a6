import tracemalloc

tracemalloc.start(2)

def alloc_a():
    return [bytes(256) for _ in range(40)]

def alloc_b():
    return [bytes(1024) for _ in range(8)]

x = alloc_a()
y = alloc_b()
z = alloc_a()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('traceback'):
    print(stat)
    print(repr(stat.traceback))
    for line in stat.traceback.format(most_recent_first=True):
        print(line)
