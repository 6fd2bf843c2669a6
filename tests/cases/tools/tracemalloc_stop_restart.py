import tracemalloc

tracemalloc.start()
a = [bytes(100) for _ in range(5)]
tracemalloc.stop()
b = [bytes(100) for _ in range(5)]
tracemalloc.start()
c = [bytes(100) for _ in range(5)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
print(tracemalloc.get_object_traceback(a), tracemalloc.get_object_traceback(b), tracemalloc.get_object_traceback(c))
