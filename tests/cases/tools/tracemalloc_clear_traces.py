import tracemalloc

tracemalloc.start()
a = [bytes(1000) for _ in range(10)]
snap1 = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
tracemalloc.clear_traces()
memory = tracemalloc.get_traced_memory()
tracing = tracemalloc.is_tracing()
tb = tracemalloc.get_object_traceback(a)
b = [bytes(500) for _ in range(4)]
snap2 = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, 10)])
del a
snap3 = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__, 10)])
print(len(snap1.traces), sum(t.size for t in snap1.traces))
print(memory, tracing, tb)
for stat in snap2.statistics('lineno'):
    print(stat)
print(snap3.statistics('lineno') == snap2.statistics('lineno'))
