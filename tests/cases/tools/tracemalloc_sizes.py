import tracemalloc

tracemalloc.start()
s1 = "hello world, " * 10
s2 = "\u00e9t\u00e9" * 20
s3 = "\u20ac" * 30
s4 = "\U0001f600" * 5
b1 = b"abc" * 40
d1 = {"k%d" % i: i for i in range(20)}
set1 = set(range(100, 140))
fs = frozenset(range(200, 210))
t1 = tuple(range(300, 330))
l1 = list(range(1000, 1100))
i1 = 10 ** 30
i2 = 12345
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in sorted(snap.statistics('lineno'), key=lambda s: s.traceback[0].lineno):
    print(stat)
