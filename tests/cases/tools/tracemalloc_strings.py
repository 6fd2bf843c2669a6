import tracemalloc

tracemalloc.start()
words = ["word%d" % i for i in range(500)]
joined = " ".join(words)
upper = joined.upper()
parts = joined.split()
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
