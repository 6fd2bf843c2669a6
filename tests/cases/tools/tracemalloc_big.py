import tracemalloc

tracemalloc.start()
a = bytes(10 * 1024 * 1024)
b = bytearray(300000)
c = [None] * 200000
d = "x" * 1000000
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
del a, b, c, d
after = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
print([stat.size for stat in snap.statistics('filename')])
print(after.statistics('lineno'))
