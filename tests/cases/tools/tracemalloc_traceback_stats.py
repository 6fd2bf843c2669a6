import tracemalloc

tracemalloc.start(10)

def leaf(n):
    return [bytes(100) for _ in range(n)]

def middle(n):
    return leaf(n)

def top():
    return middle(50), middle(20)

keep = top()
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
stats = snapshot.statistics('traceback')
for stat in stats[:3]:
    print("%s memory blocks: %.1f KiB" % (stat.count, stat.size / 1024))
    for line in stat.traceback.format():
        print(line)
    print(stat.traceback.total_nframe, len(stat.traceback))
