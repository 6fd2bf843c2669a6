import tracemalloc

tracemalloc.start()
items = []
items.append(1)
for i in range(5):
    items.append(i)
for i in range(100):
    items.append(i)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
print(tracemalloc.get_object_traceback(items))
ba = bytearray()
ba += b"x" * 10
ba += b"y" * 1000
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, 14), tracemalloc.Filter(True, __file__, 15), tracemalloc.Filter(True, __file__, 16)])
for stat in snap.statistics('lineno'):
    print(stat)
